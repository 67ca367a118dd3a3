package io.mediawire.subscriptions;

import io.mediawire.scheduling.InMemoryQuartz;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, Magnolia's scheduler engine, firing each subscription's job once at its next run; the job
 * is given a new trigger after every run. The in-memory job store is rebuilt from the stored
 * subscriptions at start; job identity is the subscription's id, so a clustered JDBC job store is a
 * change of the properties here, not of the jobs.
 *
 * <p>Quartz fires in real time and has no clock to inject, while next-run times are the module's
 * clock: a trigger fires after the time between the module's now and the next run has passed, and
 * the runner checks due-ness on the module's clock again, so a clock held still in a test never
 * fires a run early or in a loop.
 */
final class PollScheduler implements RunScheduler {
    static final String GROUP = "media-wire-subscriptions";
    private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

    private final Scheduler scheduler;
    private final Clock clock;

    PollScheduler(int threads, Clock clock, SubscriptionRunner runner, Runnable wireTimes) {
        this.clock = clock;
        try {
            scheduler = InMemoryQuartz.create("media-wire-poll", threads);
            scheduler.setJobFactory((bundle, owner) -> bundle.getJobDetail().getJobClass() == WireTimesJob.class
                    ? new WireTimesJob(wireTimes) : new PollJob(runner));
        } catch (SchedulerException e) {
            throw new IllegalStateException("the subscription scheduler could not be created: " + e.getMessage(), e);
        }
    }

    void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the subscription scheduler could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void schedule(String subscriptionId, Instant nextRun) {
        JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity(subscriptionId, GROUP).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(subscriptionId, GROUP).forJob(job)
                .startAt(fireTime(nextRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            LOG.error("Subscription {} could not be scheduled: {}", subscriptionId, e.getMessage(), e);
        }
    }

    @Override
    public void unschedule(String subscriptionId) {
        try {
            scheduler.deleteJob(new JobKey(subscriptionId, GROUP));
        } catch (SchedulerException e) {
            LOG.warn("Subscription {} could not be unscheduled: {}", subscriptionId, e.getMessage());
        }
    }

    /** Keeps the wire's times (embargo lifts, expiries) every {@code every}, from now on. */
    void scheduleWireTimes(Duration every) {
        JobDetail job = JobBuilder.newJob(WireTimesJob.class).withIdentity(WireTimesJob.NAME, GROUP).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(WireTimesJob.NAME, GROUP).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            LOG.error("The wire's times could not be scheduled: {}", e.getMessage(), e);
        }
    }

    /** Real time at which {@code nextRun}, a time of the module's clock, comes. */
    Date fireTime(Instant nextRun) {
        Duration wait = Duration.between(clock.instant(), nextRun);
        long millis = wait.isNegative() ? 0 : wait.toMillis();
        return new Date(System.currentTimeMillis() + millis);
    }

    /** Whether a job for this subscription is waiting to fire. */
    boolean isScheduled(String subscriptionId) {
        try {
            return scheduler.checkExists(new JobKey(subscriptionId, GROUP));
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Stops firing; runs already under way are waited for (their fetches are cut by then). */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("The subscription scheduler did not stop cleanly: {}", e.getMessage());
        }
    }

    void standby() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            LOG.warn("The subscription scheduler did not pause: {}", e.getMessage());
        }
    }
}
