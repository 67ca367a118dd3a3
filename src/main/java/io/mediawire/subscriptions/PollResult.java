package io.mediawire.subscriptions;

/** What one run found (its log entry) and what the subscription keeps for the next one. */
record PollResult(RunRecord record, SubscriptionState state) {
}
