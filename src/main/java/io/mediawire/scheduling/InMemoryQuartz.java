package io.mediawire.scheduling;

import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

/**
 * A Quartz scheduler (Magnolia's scheduler engine) with its jobs in memory and daemon threads: the module's
 * schedules are rebuilt from the repository at every start, so nothing of Quartz's needs storing.
 */
public final class InMemoryQuartz {
    private InMemoryQuartz() {
    }

    /**
     * A new, not yet started scheduler.
     *
     * @param name    its threads' name prefix, and its instance name with a random suffix: several hosts may
     *                run in one JVM (tests), and Quartz keeps schedulers by name
     * @param threads its worker threads
     */
    public static Scheduler create(String name, int threads) throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, name + "-" + UUID.randomUUID());
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        properties.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        properties.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", name);
        return new StdSchedulerFactory(properties).getScheduler();
    }
}
