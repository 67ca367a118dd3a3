package io.mediawire.host.web.authoring;

import io.mediawire.story.WireTerms;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.StoryFields;
import io.mediawire.story.Story;
import io.mediawire.story.StoryStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.mediawire.images.StoryImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Turns stories into what the templates print, following the app definition's columns and fields. */
final class StoryPresenter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);
    // The body was sanitized at import; cleaning the display copy again costs little and
    // keeps the editor's page safe even if a stored body ever was not. Figures and the attributes
    // of mapped pictures stay, so the desk sees the body as readers do.
    private static final Safelist BODY = Safelist.relaxed().removeProtocols("a", "href", "ftp", "mailto")
            .addTags("figure", "figcaption")
            .addAttributes("img", "srcset", "sizes", "loading", "decoding", "referrerpolicy")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    /** What the local pictures' site-relative addresses are read against; they stay relative. */
    private static final String LOCAL = "http://localhost/";

    private final ZoneId zone;
    private final StoryImages images;
    private final java.time.Clock clock;

    StoryPresenter(ZoneId zone) {
        this(zone, null, java.time.Clock.systemUTC());
    }

    /**
     * @param images maps the body's pictures to their local copies as the public page does; null shows it as stored
     * @param clock  the module's: how long an embargo has to run
     */
    StoryPresenter(ZoneId zone, StoryImages images, java.time.Clock clock) {
        this.zone = zone;
        this.images = images;
        this.clock = clock;
    }

    /**
     * One list row: the cells of the app's columns, the first text column linked to the story when
     * the action bar's {@code defaultAction} opens the detail subapp (what double-clicking an item does
     * in Magnolia).
     */
    Map<String, Object> row(Story story, AppDefinition app) {
        List<Map<String, Object>> cells = new ArrayList<>();
        boolean opens = app.defaultAction().map(a -> a.kind() == AppDefinition.Kind.EDIT).orElse(false);
        boolean linked = !opens;
        for (AppDefinition.Column column : app.columns()) {
            Map<String, Object> cell = new HashMap<>();
            Object value = StoryFields.value(story, column.name());
            cell.put("name", column.name());
            cell.put("text", text(value));
            cell.put("status", value instanceof StoryStatus s ? status(s) : null);
            cell.put("date", value instanceof Instant);
            boolean link = !linked && !column.isDate() && !column.isStatus()
                    && (column.name().equals("headline") || "jcrTitleColumn".equals(column.type()));
            cell.put("link", link);
            linked |= link;
            cells.add(cell);
        }
        if (opens && !linked && !cells.isEmpty()) {
            cells.get(0).put("link", true);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", story.id());
        row.put("url", AdminPaths.story(story.id()));
        row.put("headline", story.headline());
        row.put("cells", cells);
        row.put("changedAtSource", story.changes().changedAtSource());
        row.put("withdrawn", story.changes().isWithdrawn());
        if (story.wire().urgency() != null) {
            row.put("urgency", story.wire().urgency());
        }
        if (story.wire().embargoedAt(clock.instant())) {
            row.put("embargoed", text(story.wire().embargoed()));
        }
        return row;
    }

    /** The detail page's story and its fields, in the app's form order. */
    Map<String, Object> detail(Story story, AppDefinition app) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", story.id());
        view.put("url", AdminPaths.story(story.id()));
        view.put("path", story.path());
        view.put("headline", story.headline());
        view.put("originalHeadline", story.original().headline());
        view.put("headlineEdited", story.headlineEdited());
        view.put("status", status(story.status()));
        view.put("published", story.isPublished());
        view.put("publicUrl", AdminPaths.publicPage(story.path()));
        view.put("previewUrl", AdminPaths.PREVIEW + "/" + story.id());
        view.put("lastModified", text(story.lastModified()));
        view.put("lastModifiedBy", story.lastModifiedBy());
        view.put("lastActivated", text(story.lastActivated()));
        view.put("lastActivatedBy", story.lastActivatedBy());
        view.put("created", text(story.created()));
        view.put("createdBy", story.createdBy());
        List<Map<String, Object>> editable = new ArrayList<>();
        List<Map<String, Object>> readOnly = new ArrayList<>();
        Map<String, Object> body = null;
        for (AppDefinition.Field field : app.fields()) {
            if (field.isHidden() || field.name().equals("originalHeadline")) {
                continue; // the original headline is shown beside the headline field
            }
            Object value = StoryFields.value(story, field.name());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.name());
            f.put("label", field.label());
            f.put("type", field.type());
            f.put("description", field.description());
            f.put("required", field.required());
            f.put("value", inputValue(value));
            f.put("text", text(value));
            f.put("link", value instanceof String s && (s.startsWith("https://") || s.startsWith("http://")));
            if (field.isRichText() && field.readOnly()) {
                f.put("html", value == null ? "" : Jsoup.clean(readersBody(story, value.toString()), LOCAL, BODY, OUTPUT));
                body = f;
            } else if (field.isEditable()) {
                editable.add(f);
            } else {
                readOnly.add(f);
            }
        }
        view.put("wire", story.wire().isWire() ? wire(story.wire()) : null);
        view.put("editableFields", editable);
        view.put("readOnlyFields", readOnly);
        view.put("body", body);
        return view;
    }

    /**
     * What the agency's wire said, for the desk only: its note to editors, why the story was taken off, the usage
     * terms (shown next to Publish), the urgency, and the embargo's lift time with the time left (a script counts
     * it down on the page).
     */
    private Map<String, Object> wire(WireTerms wire) {
        Map<String, Object> view = new HashMap<>();
        view.put("uri", wire.uri());
        view.put("version", wire.version());
        view.put("pubStatus", wire.pubStatus() == null ? WireTerms.USABLE : wire.pubStatus());
        putIf(view, "urgency", wire.urgency());
        view.put("flash", wire.flash());
        putIf(view, "usageTerms", wire.usageTerms());
        putIf(view, "edNote", wire.edNote());
        putIf(view, "deskFlag", wire.deskFlag());
        putIf(view, "copyrightNotice", wire.copyrightNotice());
        putIf(view, "credit", wire.credit());
        Instant now = clock.instant();
        if (wire.embargoed() != null) {
            view.put("embargoed", text(wire.embargoed()));
            view.put("embargoedIso", wire.embargoed().toString());
            view.put("embargoActive", wire.embargoedAt(now));
            view.put("embargoLeft", left(java.time.Duration.between(now, wire.embargoed())));
        }
        if (wire.expires() != null) {
            view.put("expires", text(wire.expires()));
            view.put("expired", wire.expiredAt(now));
        }
        return view;
    }

    private static void putIf(Map<String, Object> view, String key, Object value) {
        if (value != null) {
            view.put(key, value);
        }
    }

    /** "2 d 3 h", "3 h 12 min", "12 min"; what is left of a wait, in the largest units that matter. */
    static String left(java.time.Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            return "lifted";
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + mins + " min" : mins + " min";
    }

    /** The body as the public page shows it: pictures from their local copies, or left out. */
    private String readersBody(Story story, String stored) {
        return images == null ? stored : images.show(story.original()).body();
    }

    static Map<String, String> status(StoryStatus status) {
        return switch (status) {
            case DRAFT -> Map.of("id", "draft", "label", "Draft");
            case PUBLISHED -> Map.of("id", "published", "label", "Published");
            case MODIFIED -> Map.of("id", "modified", "label", "Modified since publish");
        };
    }

    /** A time as the authoring UI shows it: "12 Mar 2026, 14:05 CET". */
    static String formatted(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    private String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return DATE.format(at.atZone(zone));
        }
        if (value instanceof StoryStatus s) {
            return status(s).get("label");
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static String inputValue(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : value.toString();
    }
}
