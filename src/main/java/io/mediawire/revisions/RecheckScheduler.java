package io.mediawire.revisions;

import io.mediawire.scheduling.InMemoryQuartz;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz (Magnolia's scheduler engine) runs the due page re-checks once a minute in one worker; which checks
 * are due is the module's clock's word ({@link PageRechecks#runDue}), so a test holding its clock still
 * never sees a check fire, and moves the clock and calls {@code runDue} itself.
 */
public final class RecheckScheduler implements AutoCloseable {
    static final String JOB = "media-wire-page-rechecks";
    private static final Logger LOG = LoggerFactory.getLogger(RecheckScheduler.class);

    private final Scheduler scheduler;

    /** Fires first a minute after start (nothing imported in this process can be due before), then every minute. */
    public RecheckScheduler(PageRechecks rechecks) {
        this(rechecks, java.time.Duration.ofMinutes(1));
    }

    RecheckScheduler(PageRechecks rechecks, java.time.Duration firstAfter) {
        try {
            scheduler = InMemoryQuartz.create(JOB, 1);
            scheduler.setJobFactory((bundle, owner) -> new RecheckJob(rechecks));
            JobDetail job = JobBuilder.newJob(RecheckJob.class).withIdentity(JOB).build();
            Trigger everyMinute = TriggerBuilder.newTrigger().withIdentity(JOB).forJob(job)
                    .startAt(new java.util.Date(System.currentTimeMillis() + firstAfter.toMillis()))
                    .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.scheduleJob(job, everyMinute);
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("the page re-check scheduler could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("The page re-check scheduler did not stop cleanly: {}", e.getMessage());
        }
    }

    @DisallowConcurrentExecution
    static final class RecheckJob implements Job {
        private final PageRechecks rechecks;

        RecheckJob(PageRechecks rechecks) {
            this.rechecks = rechecks;
        }

        @Override
        public void execute(JobExecutionContext context) {
            rechecks.runDue();
        }
    }
}
