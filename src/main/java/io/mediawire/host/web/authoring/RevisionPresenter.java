package io.mediawire.host.web.authoring;

import io.mediawire.revisions.DiffView;
import io.mediawire.story.Revision;
import io.mediawire.story.Story;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The story page's "changed at source" part: the revision waiting, side by side with the text on the page
 * (a word-level diff, escaped by {@link DiffView}), the actions on it, the story's versions with who decided
 * what and when, and a withdrawal with its reason.
 */
final class RevisionPresenter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    RevisionPresenter(ZoneId zone) {
        this.zone = zone;
    }

    /** The view, or an empty map when nothing has changed at the story's source. */
    Map<String, Object> view(Story story, Function<String, List<Revision>> revisions) {
        Map<String, Object> view = new HashMap<>();
        if (story.changes().isWithdrawn()) {
            view.put("withdrawn", Map.of("at", text(story.changes().withdrawn()),
                    "reason", String.valueOf(story.changes().withdrawalReason())));
        }
        List<Revision> all = revisions.apply(story.id());
        if (all.isEmpty()) {
            return view;
        }
        List<Map<String, Object>> history = new ArrayList<>();
        for (Revision revision : all) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", revision.name());
            row.put("kind", revision.kind().id());
            row.put("status", revision.status().id());
            row.put("current", revision.name().equals(current(story, all)));
            row.put("seen", text(revision.seen()));
            row.put("decidedBy", revision.decidedBy() == null ? "" : revision.decidedBy());
            row.put("decidedAt", text(revision.decidedAt()));
            row.put("intact", revision.intact());
            history.add(row);
        }
        view.put("history", history);
        all.stream().filter(r -> r.status() == Revision.Status.PENDING).findFirst().ifPresent(pending -> {
            DiffView diff = DiffView.of(story.original().headline(), story.original().body(), pending.headline(),
                    pending.body());
            Map<String, Object> p = new HashMap<>();
            p.put("name", pending.name());
            p.put("kind", pending.kind().id());
            p.put("seen", text(pending.seen()));
            p.put("sourceTime", text(pending.sourceTime()));
            p.put("sourceVersion", pending.sourceVersion() == null ? "" : pending.sourceVersion());
            p.put("note", pending.note() == null ? "" : pending.note());
            p.put("headlineBefore", diff.headlineBefore());
            p.put("headlineAfter", diff.headlineAfter());
            p.put("before", diff.before());
            p.put("after", diff.after());
            p.put("deletedWords", diff.deletedWords());
            p.put("insertedWords", diff.insertedWords());
            p.put("acceptUrl", AdminPaths.story(story.id()) + "/" + StoryServlet.ACCEPT_REVISION);
            p.put("dismissUrl", AdminPaths.story(story.id()) + "/" + StoryServlet.DISMISS_REVISION);
            view.put("pending", p);
        });
        return view;
    }

    /** The revision on the page: the one named on the story, else the imported text. */
    private static String current(Story story, List<Revision> all) {
        return story.changes().currentRevision() != null ? story.changes().currentRevision() : all.get(0).name();
    }

    private String text(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }
}
