package io.mediawire.story;

import static io.mediawire.story.StoryProperty.Owner.DESK;
import static io.mediawire.story.StoryProperty.Owner.EDITORS;
import static io.mediawire.story.StoryProperty.Owner.IMPORT;
import static io.mediawire.story.StoryProperty.Owner.STORE;
import static io.mediawire.story.StoryProperty.agency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Property names of {@code mw:story}, what each holds, and the mapping between its nodes and {@link Story}. */
public final class StoryNodes {
    public static final String TYPE = "mw:story";
    public static final String FOLDER_TYPE = "mgnl:folder";

    public static final String HEADLINE = "headline";
    public static final String ORIGINAL_HEADLINE = "originalHeadline";
    public static final String TAGS = "tags";
    public static final String BODY = "body";
    public static final String TEASER = "teaser";
    public static final String SOURCE_NAME = "sourceName";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String FETCHED_URL = "fetchedUrl";
    public static final String AUTHOR = "author";
    public static final String SOURCE_PUBLISHED = "sourcePublished";
    public static final String LEAD_IMAGE = "leadImage";
    public static final String LEAD_IMAGE_CAPTION = "leadImageCaption";
    public static final String LANGUAGE = "language";
    public static final String BODY_SHA256 = "bodySha256";
    public static final String FEED_GUID = "feedGuid";
    public static final String PUBLISHED = "published";
    /** The id of the story's source ({@code mw:source} in workspace {@code mediawire-sources}). */
    public static final String SOURCE = "source";
    /** The id of the subscription ({@code mw:subscription}) that brought the story. */
    public static final String SUBSCRIPTION = "subscription";
    /**
     * The source's display name, kept for readers of stored stories (the delivery API): written at import and
     * again whenever the source is renamed or its hosts change. Pages and feeds ask the sources directly, so it
     * is not in {@link #PROPERTIES} nor in {@link Story}.
     */
    public static final String SOURCE_DISPLAY_NAME = "sourceDisplayName";
    /** When the text on the page was changed at the source: set when a revision is accepted. */
    public static final String SOURCE_MODIFIED = "sourceModified";
    /** {@code update} or {@code correction}: the kind of the accepted revision on the page. */
    public static final String REVISION_KIND = "revisionKind";
    /** The correction note shown with an accepted correction. */
    public static final String REVISION_NOTE = "revisionNote";
    /*
     * Editors' matters, in Media Wire's namespace so that the public delivery API (which shows unprefixed
     * properties only) never lists them: the revision waiting, the one on the page, a withdrawal.
     */
    public static final String REVISION_PENDING = "mw:revisionPending";
    public static final String REVISION_CURRENT = "mw:revision";
    public static final String WITHDRAWN = "mw:withdrawn";
    public static final String WITHDRAWAL_REASON = "mw:withdrawalReason";

    // What a wire item (ninjs, NewsML-G2) said: see WireTerms.
    public static final String WIRE_URI = "wireUri";
    public static final String WIRE_VERSION = "wireVersion";
    public static final String URGENCY = "urgency";
    public static final String PUB_STATUS = "pubStatus";
    public static final String EMBARGOED = "embargoed";
    public static final String EXPIRES = "expires";
    public static final String COPYRIGHT_HOLDER = "copyrightHolder";
    public static final String COPYRIGHT_NOTICE = "copyrightNotice";
    public static final String USAGE_TERMS = "usageTerms";
    public static final String RIGHTS_INFO = "rightsInfo";
    public static final String CREDIT = "credit";
    public static final String LEAD_IMAGE_CREDIT = "leadImageCredit";
    public static final String DATELINE = "dateline";
    /**
     * The agency's note to editors and the desk's flag (a kill, an expiry). Prefixed names on purpose: the
     * delivery API writes only unprefixed properties, and templates see only {@link StoryProperty#forTemplates}
     * ones, so neither can ever reach a public answer.
     */
    public static final String ED_NOTE = "mw:edNote";
    public static final String DESK_FLAG = "mw:deskFlag";

    public static final String CREATED = "mgnl:created";
    public static final String CREATED_BY = "mgnl:createdBy";
    public static final String LAST_MODIFIED = "mgnl:lastModified";
    public static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";
    public static final String LAST_ACTIVATED = "mgnl:lastActivated";
    public static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";
    public static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    public static final String TEMPLATE = "mgnl:template";

    /**
     * Every property of a story and the value it holds: the one table the admin fields, the templates'
     * content maps and the edit checks go through. Content-type order, then Magnolia's system
     * properties; a content map lists its keys in this order.
     */
    public static final List<StoryProperty> PROPERTIES = List.of(
            new StoryProperty(HEADLINE, DESK, Story::headline),
            agency(ORIGINAL_HEADLINE, AgencyCopy::headline),
            new StoryProperty(TAGS, DESK, Story::tags),
            agency(BODY, AgencyCopy::body),
            new StoryProperty(TEASER, STORE, Story::teaser),
            agency(SOURCE_NAME, AgencyCopy::sourceName),
            agency(SOURCE_URL, AgencyCopy::url),
            new StoryProperty(FETCHED_URL, IMPORT, Story::fetchedUrl),
            agency(AUTHOR, AgencyCopy::author),
            agency(SOURCE_PUBLISHED, AgencyCopy::published),
            agency(LEAD_IMAGE, AgencyCopy::leadImage),
            agency(LEAD_IMAGE_CAPTION, AgencyCopy::leadImageCaption),
            agency(LANGUAGE, AgencyCopy::language),
            new StoryProperty(BODY_SHA256, IMPORT, Story::bodySha256),
            new StoryProperty(FEED_GUID, IMPORT, Story::feedGuid),
            new StoryProperty(SOURCE, IMPORT, Story::source),
            new StoryProperty(SUBSCRIPTION, IMPORT, Story::subscription),
            new StoryProperty(WIRE_URI, IMPORT, story -> story.wire().uri()),
            new StoryProperty(WIRE_VERSION, IMPORT, story -> story.wire().isWire() ? story.wire().version() : null),
            wire(URGENCY, WireTerms::urgency),
            wire(PUB_STATUS, WireTerms::pubStatus),
            wire(EMBARGOED, WireTerms::embargoed),
            wire(EXPIRES, WireTerms::expires),
            wire(COPYRIGHT_HOLDER, WireTerms::copyrightHolder),
            wire(COPYRIGHT_NOTICE, WireTerms::copyrightNotice),
            wire(USAGE_TERMS, WireTerms::usageTerms),
            wire(RIGHTS_INFO, WireTerms::rightsInfo),
            wire(CREDIT, WireTerms::credit),
            wire(LEAD_IMAGE_CREDIT, WireTerms::leadImageCredit),
            wire(DATELINE, WireTerms::dateline),
            new StoryProperty(ED_NOTE, EDITORS, story -> story.wire().edNote()),
            new StoryProperty(DESK_FLAG, EDITORS, story -> story.wire().deskFlag()),
            new StoryProperty(PUBLISHED, STORE, Story::published),
            new StoryProperty(SOURCE_MODIFIED, STORE, story -> story.changes().sourceModified()),
            new StoryProperty(REVISION_KIND, STORE, story -> story.changes().revisionKind()),
            new StoryProperty(REVISION_NOTE, STORE, story -> story.changes().revisionNote()),
            new StoryProperty(CREATED, STORE, Story::created),
            new StoryProperty(CREATED_BY, EDITORS, Story::createdBy),
            new StoryProperty(LAST_MODIFIED, STORE, Story::lastModified),
            new StoryProperty(LAST_MODIFIED_BY, EDITORS, Story::lastModifiedBy),
            new StoryProperty(LAST_ACTIVATED, STORE, Story::lastActivated),
            new StoryProperty(LAST_ACTIVATED_BY, EDITORS, Story::lastActivatedBy),
            new StoryProperty(ACTIVATION_STATUS, STORE, story -> String.valueOf(story.activated())));

    private static final Map<String, StoryProperty> BY_NAME = PROPERTIES.stream()
            .collect(Collectors.toUnmodifiableMap(StoryProperty::name, Function.identity()));

    /** Fixed at import: the agency's text and its attribution, and the import's own keys. */
    public static final List<String> READ_ONLY = PROPERTIES.stream()
            .filter(StoryProperty::readOnly).map(StoryProperty::name).toList();

    private StoryNodes() {
    }

    private static StoryProperty wire(String name, Function<WireTerms, ?> field) {
        return new StoryProperty(name, StoryProperty.Owner.AGENCY, story -> field.apply(story.wire()));
    }

    static WireTerms readWire(Node node) throws RepositoryException {
        String uri = string(node, WIRE_URI);
        if (uri == null) {
            return WireTerms.NONE;
        }
        return new WireTerms(uri,
                node.hasProperty(WIRE_VERSION) ? node.getProperty(WIRE_VERSION).getLong() : 0,
                node.hasProperty(URGENCY) ? (int) node.getProperty(URGENCY).getLong() : null,
                string(node, PUB_STATUS), date(node, EMBARGOED), date(node, EXPIRES),
                string(node, COPYRIGHT_HOLDER), string(node, COPYRIGHT_NOTICE), string(node, USAGE_TERMS),
                string(node, RIGHTS_INFO), string(node, CREDIT), string(node, LEAD_IMAGE_CREDIT), string(node, DATELINE),
                string(node, ED_NOTE), string(node, DESK_FLAG));
    }

    static void writeWire(Node node, WireTerms wire) throws RepositoryException {
        if (!wire.isWire()) {
            return;
        }
        node.setProperty(WIRE_URI, wire.uri());
        node.setProperty(WIRE_VERSION, wire.version());
        if (wire.urgency() != null) {
            node.setProperty(URGENCY, wire.urgency().longValue());
        }
        setOptional(node, PUB_STATUS, wire.pubStatus());
        if (wire.embargoed() != null) {
            setDate(node, EMBARGOED, wire.embargoed());
        }
        if (wire.expires() != null) {
            setDate(node, EXPIRES, wire.expires());
        }
        setOptional(node, COPYRIGHT_HOLDER, wire.copyrightHolder());
        setOptional(node, COPYRIGHT_NOTICE, wire.copyrightNotice());
        setOptional(node, USAGE_TERMS, wire.usageTerms());
        setOptional(node, RIGHTS_INFO, wire.rightsInfo());
        setOptional(node, CREDIT, wire.credit());
        setOptional(node, LEAD_IMAGE_CREDIT, wire.leadImageCredit());
        setOptional(node, DATELINE, wire.dateline());
        setOptional(node, ED_NOTE, wire.edNote());
        setOptional(node, DESK_FLAG, wire.deskFlag());
    }

    public static Optional<StoryProperty> property(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Story read(Node node) throws RepositoryException {
        AgencyCopy original = AgencyCopy.builder()
                .headline(string(node, ORIGINAL_HEADLINE))
                .body(string(node, BODY))
                .sourceName(string(node, SOURCE_NAME))
                .url(string(node, SOURCE_URL))
                .author(string(node, AUTHOR))
                .published(date(node, SOURCE_PUBLISHED))
                .leadImage(string(node, LEAD_IMAGE))
                .leadImageCaption(string(node, LEAD_IMAGE_CAPTION))
                .language(string(node, LANGUAGE))
                .build();
        return new Story(
                node.getIdentifier(),
                node.getPath(),
                node.getName(),
                string(node, HEADLINE),
                strings(node, TAGS),
                string(node, TEASER),
                original,
                string(node, FETCHED_URL),
                string(node, BODY_SHA256),
                string(node, FEED_GUID),
                date(node, CREATED),
                string(node, CREATED_BY),
                date(node, LAST_MODIFIED),
                string(node, LAST_MODIFIED_BY),
                date(node, PUBLISHED),
                date(node, LAST_ACTIVATED),
                string(node, LAST_ACTIVATED_BY),
                Boolean.parseBoolean(string(node, ACTIVATION_STATUS)),
                string(node, SOURCE),
                string(node, SUBSCRIPTION),
                new SourceChanges(string(node, REVISION_PENDING), string(node, REVISION_CURRENT),
                        date(node, SOURCE_MODIFIED), string(node, REVISION_KIND), string(node, REVISION_NOTE),
                        date(node, WITHDRAWN), string(node, WITHDRAWAL_REASON)),
                readWire(node));
    }

    /** The stored versions of a story's text, the imported one first: for readers holding the node already. */
    public static List<Revision> revisions(Node story) throws RepositoryException {
        return RevisionNodes.all(story);
    }

    static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }

    static List<String> strings(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return List.of();
        }
        Property property = node.getProperty(name);
        if (!property.isMultiple()) {
            return List.of(property.getString());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return List.copyOf(values);
    }

    public static Instant date(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    static void setDate(Node node, String name, Instant at) throws RepositoryException {
        node.setProperty(name, at == null ? null : calendar(at));
    }

    static Calendar calendar(Instant at) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    static void setOptional(Node node, String name, String value) throws RepositoryException {
        if (value != null && !value.isBlank()) {
            node.setProperty(name, value);
        }
    }
}
