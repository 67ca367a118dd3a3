package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.sources.Source;
import io.mediawire.subscriptions.Health;
import io.mediawire.subscriptions.RunRecord;
import io.mediawire.subscriptions.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns sources, subscriptions and runs into what the Sources and Feeds templates print: list rows
 * following the app's columns, health badges, runs in plain words.
 */
final class WirePresenter {
    private final WireApps wire;

    WirePresenter(WireApps wire) {
        this.wire = wire;
    }

    /** A subscription as the lists show it: its health now, its newest run, the stories it brought today. */
    record FeedStatus(Subscription subscription, Health health, Optional<RunRecord> lastRun, int newToday) {
        Instant nextRun() {
            return subscription.enabled() ? subscription.state().nextRun() : null;
        }
    }

    FeedStatus status(Subscription subscription, Instant today) {
        return new FeedStatus(subscription, wire.subscriptions().health(subscription),
                wire.subscriptions().runs(subscription.id(), 1).stream().findFirst(),
                wire.subscriptions().newItemsSince(subscription.id(), today));
    }

    /** A feed's row with these columns (the Feeds app's, or a source's page's without the source). */
    Map<String, Object> feedRow(FeedStatus feed, String sourceName, List<AppDefinition.Column> columns) {
        Subscription s = feed.subscription();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (AppDefinition.Column column : columns) {
            Map<String, Object> cell = cell(column.name());
            switch (column.name()) {
                case "url" -> {
                    cell.put("text", s.url());
                    cell.put("url", AdminPaths.feed(s.id()));
                    explain(feed).ifPresent(note -> cell.put("note", note));
                }
                case "source" -> {
                    cell.put("text", sourceName == null ? "" : sourceName);
                    cell.put("url", AdminPaths.source(s.sourceId()));
                }
                case "health" -> cell.put("badges", List.of(badge(feed)));
                case "lastRun" -> date(cell, s.state().lastRun());
                case "nextRun" -> date(cell, feed.nextRun());
                case "newToday" -> cell.put("text", String.valueOf(feed.newToday()));
                case "interval" -> cell.put("text", every(s.interval()));
                case "publish" -> cell.put("text", s.publish().name().equals("PUBLISH") ? "Published at once" : "Drafts");
                default -> cell.put("text", "");
            }
            cells.add(cell);
        }
        return Map.of("id", s.id(), "url", AdminPaths.feed(s.id()), "cells", cells);
    }

    Map<String, Object> sourceRow(Source source, List<FeedStatus> feeds, AppDefinition app) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (AppDefinition.Column column : app.columns()) {
            Map<String, Object> cell = cell(column.name());
            switch (column.name()) {
                case "name" -> {
                    cell.put("text", source.name());
                    cell.put("url", AdminPaths.source(source.id()));
                }
                case "hosts" -> cell.put("text", String.join(", ", source.hosts()));
                case "headlinePolicy" -> cell.put("text", policyLabel(source));
                case "health" -> {
                    cell.put("badges", summary(feeds));
                    cell.put("text", feeds.isEmpty() ? "No feeds" : "");
                }
                case "lastRun" -> date(cell, feeds.stream().map(f -> f.subscription().state().lastRun())
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
                case "nextRun" -> date(cell, feeds.stream().map(FeedStatus::nextRun).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null));
                case "newToday" -> cell.put("text", String.valueOf(feeds.stream().mapToInt(FeedStatus::newToday).sum()));
                default -> cell.put("text", "");
            }
            cells.add(cell);
        }
        return Map.of("id", source.id(), "url", AdminPaths.source(source.id()), "cells", cells);
    }

    /**
     * What went wrong in the feed's last run, in plain words, with when it is tried again: "The feed answered
     * 503 Service Unavailable; next try at 10:42 (backing off)." Empty when the last run had no problem.
     */
    Optional<String> explain(FeedStatus feed) {
        Optional<RunRecord> last = feed.lastRun().filter(r -> r.problem() != null);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String said = last.get().explanation();
        Instant next = feed.nextRun();
        if (last.get().succeeded() || next == null) {
            return Optional.of(said);
        }
        // After a failure the interval doubles for each failure in a row (Schedule): the next try is later than usual.
        String sentence = said.endsWith(".") ? said.substring(0, said.length() - 1) : said;
        return Optional.of(sentence + "; next try at " + clockTime(next) + " (backing off).");
    }

    /** "10:42" today, else the date too. */
    private String clockTime(Instant at) {
        ZonedDateTime local = at.atZone(wire.zone());
        if (local.toLocalDate().equals(wire.clock().instant().atZone(wire.zone()).toLocalDate())) {
            return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
        }
        return StoryPresenter.formatted(at, wire.zone());
    }

    /** A feed's state for its page: badge, runs, what went wrong and when it is tried again. */
    Map<String, Object> summary(FeedStatus feed) {
        Subscription s = feed.subscription();
        Map<String, Object> view = new HashMap<>();
        view.put("badge", badge(feed));
        view.put("lastRun", s.state().lastRun() == null ? "never" : StoryPresenter.formatted(s.state().lastRun(), wire.zone()));
        view.put("nextRun", feed.nextRun() == null ? "not while paused" : StoryPresenter.formatted(feed.nextRun(), wire.zone()));
        view.put("newToday", feed.newToday());
        view.put("every", every(s.interval()));
        view.put("problem", explain(feed).orElse(""));
        view.put("failures", s.state().consecutiveFailures());
        return view;
    }

    /** One entry of a run log, in plain words first and the fetcher's or parser's words beside. */
    Map<String, Object> run(RunRecord run) {
        Map<String, Object> view = new HashMap<>();
        view.put("started", wire.zone() == null ? "" : StoryPresenter.formatted(run.started(), wire.zone()));
        view.put("trigger", "manual".equals(run.trigger()) ? "Run now" : "Scheduled");
        view.put("outcome", switch (run.outcome()) {
            case RunRecord.OK -> Map.of("id", "ok", "label", "Read");
            case RunRecord.NOT_MODIFIED -> Map.of("id", "unchanged", "label", "Not changed");
            default -> Map.of("id", "failed", "label", "Failed");
        });
        view.put("status", run.status() == 0 ? "—" : String.valueOf(run.status()));
        view.put("added", run.added());
        view.put("counts", counts(run));
        view.put("duration", run.durationMs() + " ms");
        view.put("explanation", run.explanation() == null ? "" : run.explanation());
        view.put("detail", run.error() == null ? "" : run.error());
        return view;
    }

    /** "3 new, 1 duplicate, 2 already seen": what the run did with the feed's items, zeros left out. */
    static String counts(RunRecord run) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("new", run.added());
        parts.put("duplicate", run.duplicate());
        parts.put("filtered out", run.filtered());
        parts.put("failed", run.failed());
        parts.put("already seen", run.unchanged());
        List<String> said = new ArrayList<>();
        parts.forEach((label, n) -> {
            if (n > 0) {
                said.add(n + " " + label);
            }
        });
        if (said.isEmpty()) {
            return RunRecord.FAILED.equals(run.outcome()) ? "" : RunRecord.NOT_MODIFIED.equals(run.outcome())
                    ? "nothing read (the feed said it had not changed)" : "no items";
        }
        return String.join(", ", said);
    }

    static Map<String, String> badge(FeedStatus feed) {
        if (!feed.subscription().enabled()) {
            return Map.of("id", "paused", "label", "Paused");
        }
        return switch (feed.health()) {
            case HEALTHY -> Map.of("id", "healthy", "label", "Healthy");
            case FAILING -> Map.of("id", "failing", "label", "Failing");
            case QUIET -> Map.of("id", "quiet", "label", "Quiet");
        };
    }

    /** A source's feeds by badge, worst first: "1 failing", "2 healthy". */
    static List<Map<String, String>> summary(List<FeedStatus> feeds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : List.of("failing", "quiet", "paused", "healthy")) {
            counts.put(id, 0);
        }
        feeds.forEach(f -> counts.merge(badge(f).get("id"), 1, Integer::sum));
        List<Map<String, String>> badges = new ArrayList<>();
        counts.forEach((id, n) -> {
            if (n > 0) {
                badges.add(Map.of("id", id, "label", n + " " + id));
            }
        });
        return badges;
    }

    static String policyLabel(Source source) {
        return switch (source.headlinePolicy()) {
            case FREE -> "Free";
            case SHORTEN_ONLY -> "Shorten only";
            case LOCKED -> "Locked";
        };
    }

    /** "5 minutes", "1 hour", "2 days"; an odd duration as written (PT90S). */
    static String every(Duration interval) {
        long seconds = interval.getSeconds();
        if (seconds % 86_400 == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return interval.toString();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private void date(Map<String, Object> cell, Instant at) {
        cell.put("date", true);
        cell.put("text", at == null ? "" : StoryPresenter.formatted(at, wire.zone()));
    }

    private static Map<String, Object> cell(String name) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("name", name);
        cell.put("date", false);
        return cell;
    }
}
