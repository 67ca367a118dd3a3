package io.mediawire.subscriptions;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one subscription (job key = the subscription's id): runs it if it is due.
 * Quartz never runs two of one job at once; the runner's own lock also keeps a manual run apart.
 */
@DisallowConcurrentExecution
final class PollJob implements Job {
    private final SubscriptionRunner runner;

    PollJob(SubscriptionRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runner.runScheduled(context.getJobDetail().getKey().getName());
    }
}
