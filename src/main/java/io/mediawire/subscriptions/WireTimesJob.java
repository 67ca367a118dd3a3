package io.mediawire.subscriptions;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job that keeps the wire's times every minute: stories an auto-publish import held for their
 * embargo go out once it lifts, published stories whose licence expired come off (see
 * {@link SubscriptionService#applyWireTimes()}).
 */
@DisallowConcurrentExecution
final class WireTimesJob implements Job {
    static final String NAME = "wire-times";

    private final Runnable wireTimes;

    WireTimesJob(Runnable wireTimes) {
        this.wireTimes = wireTimes;
    }

    @Override
    public void execute(JobExecutionContext context) {
        wireTimes.run();
    }
}
