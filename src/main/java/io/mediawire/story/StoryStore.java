package io.mediawire.story;

import io.mediawire.magnolia.SessionFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path for stories. Every change is one repository save, so a failure leaves
 * nothing half-written; the body and the source fields have no setter here at all.
 *
 * <p>Layout of the {@code mediawire} workspace:
 * <pre>
 * /YYYY/MM/DD/&lt;slug&gt;                    mw:story, in date folders of its import (site time zone)
 * /mw:index/published/YYYY/MM/DD/&lt;entry&gt;  one entry per published story, at its first publish time
 * /mw:index/keys/{url,guid,body}/&lt;xx&gt;/&lt;sha&gt;  unique dedupe keys, created in the story's own save
 * </pre>
 */
public final class StoryStore {
    public static final String WORKSPACE = "mediawire";
    static final String INDEX = "mw:index";
    static final String PUBLISHED_INDEX = INDEX + "/published";
    static final String KEYS = INDEX + "/keys";
    /** Set on a story an auto-publish import held for its embargo: published when it lifts. */
    static final String PUBLISH_ON_LIFT = "mw:publishOnLift";
    private static final Logger LOG = LoggerFactory.getLogger(StoryStore.class);

    private final WorkspaceSessions workspace;
    private final Clock clock;
    private final DatedTree folders;
    private final DatedTree publishedIndex;
    private final DedupeKeys keys = new DedupeKeys();
    private final List<StoryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SourceRules sourceRules = SourceRules.NONE;

    public StoryStore(SessionFactory sessions, ZoneId zone, Clock clock) {
        this.workspace = new WorkspaceSessions(sessions, WORKSPACE); // one writer at a time in this process
        this.clock = clock;
        this.folders = new DatedTree(StoryNodes.FOLDER_TYPE, zone, StoryStore::createdOf);
        this.publishedIndex = new DatedTree(INDEX, zone, StoryStore::entryTime);
    }

    /** Creates the index roots; idempotent, run by the module's install. */
    public static void prepareWorkspace(Session session) throws RepositoryException {
        Node root = session.getRootNode();
        Node index = root.hasNode(INDEX) ? root.getNode(INDEX) : root.addNode(INDEX, INDEX);
        for (String child : List.of("published", "keys")) {
            if (!index.hasNode(child)) {
                index.addNode(child, INDEX);
            }
        }
        session.save();
    }

    public void addListener(StoryListener listener) {
        listeners.add(listener);
    }

    /** The sources' rules (display names, headline licences, host links); the module sets them at start. */
    public void useSourceRules(SourceRules rules) {
        this.sourceRules = java.util.Objects.requireNonNull(rules, "rules");
    }

    /**
     * What the story's source is called on pages, in feeds and APIs: its source's display name, else
     * the name it was imported with, else its URL's host. The stored {@code sourceName} never changes.
     */
    public String sourceName(Story story) {
        return sourceRules.displayName(story.source(), story.original().url())
                .or(() -> Optional.ofNullable(story.original().sourceName()).filter(n -> !n.isBlank()))
                .orElseGet(() -> SourceLinks.hostOf(story.original().url()));
    }

    /** Tells listeners that sources changed: pages naming a source may now show another name. */
    public void sourcesChanged() {
        for (StoryListener listener : listeners) {
            try {
                listener.sourcesChanged();
            } catch (RuntimeException e) {
                LOG.warn("Story listener failed on a source change", e);
            }
        }
    }

    // ---- writes -------------------------------------------------------------------------------

    /** Stores an imported story as a draft, unless one of its dedupe keys is already taken. */
    public CreateResult create(NewStory story, String user) {
        return create(story, user, clock.instant(), null);
    }

    /** Stores and publishes in the same save (import with --publish). */
    public CreateResult createPublished(NewStory story, String user) {
        Instant now = clock.instant();
        return create(story, user, now, now);
    }

    /**
     * Stores a story imported at a given time, published at {@code publishAt} when not null:
     * for sample content and benchmarks, which need stories spread over time.
     */
    public CreateResult create(NewStory story, String user, Instant importedAt, Instant publishAt) {
        CreateResult result = write(session -> {
            CreateResult r = createIn(session, story, user, importedAt, publishAt);
            session.save();
            return r;
        });
        notifyCreated(result, publishAt != null);
        return result;
    }

    /** A story with its import time and, when not null, its publish time: for {@link #createAll}. */
    public record Seed(NewStory story, Instant importedAt, Instant publishAt) {
    }

    /**
     * Stores many stories in one save (samples, benchmarks, bulk loads): all or none of them.
     * Duplicates, within the batch too, come back as {@link CreateResult.Duplicate}.
     */
    public List<CreateResult> createAll(List<Seed> seeds, String user) {
        List<CreateResult> results = write(session -> {
            List<CreateResult> r = new ArrayList<>(seeds.size());
            for (Seed seed : seeds) {
                r.add(createIn(session, seed.story(), user, seed.importedAt(), seed.publishAt()));
            }
            session.save();
            return r;
        });
        for (int i = 0; i < results.size(); i++) {
            notifyCreated(results.get(i), seeds.get(i).publishAt() != null);
        }
        return results;
    }

    private CreateResult createIn(Session session, NewStory story, String user, Instant importedAt, Instant publishAt)
            throws RepositoryException {
        Optional<CreateResult.Duplicate> duplicate = keys.findDuplicate(session, story);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        Node day = folders.dayBucket(session.getRootNode(), importedAt);
        Node node = day.addNode(uniqueName(session, day, Slugs.from(story.original().headline())), StoryNodes.TYPE);
        writeNew(node, story, user, importedAt);
        String source = story.source() != null ? story.source() : sourceRules.sourceIdFor(story.original().url()).orElse(null);
        StoryNodes.setOptional(node, StoryNodes.SOURCE, source);
        StoryNodes.setOptional(node, StoryNodes.SOURCE_DISPLAY_NAME,
                sourceRules.displayName(source, story.original().url()).orElse(null));
        StoryNodes.setOptional(node, StoryNodes.SUBSCRIPTION, story.subscription());
        folders.placed(node);
        keys.claim(session, story, node);
        if (publishAt != null) {
            if (story.wire().publishRefusal(publishAt) == null) {
                activate(session, node, user, publishAt);
            } else if (story.wire().embargoedAt(publishAt) && !story.wire().withheld() && !story.wire().canceled()) {
                node.setProperty(PUBLISH_ON_LIFT, true); // published by releaseEmbargoes at the lift time
            }
        }
        return new CreateResult.Created(StoryNodes.read(node));
    }

    private void notifyCreated(CreateResult result, boolean published) {
        if (result instanceof CreateResult.Created created) {
            notify(created.story(), StoryListener.Change.CREATED);
            if (published && created.story().activated()) {
                notify(created.story(), StoryListener.Change.PUBLISHED);
            }
        }
    }

    /** A name no story of the day has, nor had: a deleted story's path is never given to another. */
    private static String uniqueName(Session session, Node day, String slug) throws RepositoryException {
        String name = slug;
        for (int n = 2; day.hasNode(name) || Tombstones.isGone(session, day.getPath() + "/" + name); n++) {
            name = slug + "-" + n;
        }
        return name;
    }

    private static void writeNew(Node node, NewStory story, String user, Instant at) throws RepositoryException {
        AgencyCopy original = story.original();
        String headline = original.headline().strip();
        node.setProperty(StoryNodes.HEADLINE, headline);
        node.setProperty(StoryNodes.ORIGINAL_HEADLINE, headline);
        node.setProperty(StoryNodes.BODY, original.body());
        node.setProperty(StoryNodes.BODY_SHA256, BodyDigest.sha256(original.body()));
        node.setProperty(StoryNodes.TEASER, Teasers.cut(Teasers.plainText(original.body()), Teasers.STORED_LENGTH));
        node.setProperty(StoryNodes.SOURCE_URL, original.url().strip());
        StoryNodes.setOptional(node, StoryNodes.SOURCE_NAME, original.sourceName());
        StoryNodes.setOptional(node, StoryNodes.FETCHED_URL, story.fetchedUrl());
        StoryNodes.setOptional(node, StoryNodes.AUTHOR, original.author());
        StoryNodes.setOptional(node, StoryNodes.LEAD_IMAGE, original.leadImage());
        StoryNodes.setOptional(node, StoryNodes.LEAD_IMAGE_CAPTION, original.leadImageCaption());
        StoryNodes.setOptional(node, StoryNodes.LANGUAGE, original.language());
        StoryNodes.setOptional(node, StoryNodes.FEED_GUID, story.feedGuid());
        if (original.published() != null) {
            StoryNodes.setDate(node, StoryNodes.SOURCE_PUBLISHED, original.published());
        }
        if (!story.tags().isEmpty()) {
            node.setProperty(StoryNodes.TAGS, story.tags().toArray(String[]::new));
        }
        StoryNodes.writeWire(node, story.wire());
        node.setProperty(StoryNodes.TEMPLATE, "media-wire:pages/article");
        StoryNodes.setDate(node, StoryNodes.CREATED, at);
        node.setProperty(StoryNodes.CREATED_BY, user);
        StoryNodes.setDate(node, StoryNodes.LAST_MODIFIED, at);
        node.setProperty(StoryNodes.LAST_MODIFIED_BY, user);
        node.setProperty(StoryNodes.ACTIVATION_STATUS, "false");
    }

    /**
     * Changes the headline and/or tags; nothing else can change. An edit that leaves both as they
     * are saves nothing: the story keeps its last-modified time, so a published story is not
     * reported "modified since publish" because a form was saved unchanged.
     */
    public Story edit(String id, StoryEdit edit, String user) {
        Edited edited = write(session -> {
            Node node = storyNode(session, id);
            Story current = StoryNodes.read(node);
            if (!edit.changes(current)) {
                return new Edited(current, false);
            }
            if (edit.headline() != null) {
                if (!edit.headline().equals(current.headline())) {
                    sourceRules.checkHeadline(current, edit.headline()); // the source's licence decides
                }
                node.setProperty(StoryNodes.HEADLINE, edit.headline());
            }
            if (edit.tags() != null) {
                node.setProperty(StoryNodes.TAGS, edit.tags().toArray(String[]::new));
            }
            touch(node, user);
            session.save();
            return new Edited(StoryNodes.read(node), true);
        });
        if (edited.saved()) {
            notify(edited.story(), StoryListener.Change.EDITED);
        }
        return edited.story();
    }

    private record Edited(Story story, boolean saved) {
    }

    /** Applies submitted fields (a form, an API call); refuses any change to a read-only field. */
    public Story update(String id, java.util.Map<String, ?> fields, String user) {
        Story current = byId(id).orElseThrow(() -> new StoryNotFoundException(id));
        return edit(id, StoryEdit.fromFields(fields, current), user);
    }

    /**
     * Publishes a story now, unless its agency's terms forbid it: embargoed (the message names the lift
     * time), withheld, canceled or expired stories are refused with {@link PublishRefusedException}.
     */
    public Story publish(String id, String user) {
        Story saved = write(session -> {
            Node node = storyNode(session, id);
            Instant now = clock.instant();
            String refusal = StoryNodes.readWire(node).publishRefusal(now);
            if (refusal != null) {
                throw new PublishRefusedException("Cannot publish: " + refusal);
            }
            activate(session, node, user, now);
            session.save();
            return StoryNodes.read(node);
        });
        notify(saved, StoryListener.Change.PUBLISHED);
        return saved;
    }

    private void activate(Session session, Node node, String user, Instant at) throws RepositoryException {
        Instant firstPublished = StoryNodes.date(node, StoryNodes.PUBLISHED);
        if (firstPublished == null) {
            firstPublished = at;
            StoryNodes.setDate(node, StoryNodes.PUBLISHED, at);
        }
        if (!isActivated(node)) {
            Node day = publishedIndex.dayBucket(session.getNode("/" + PUBLISHED_INDEX), firstPublished);
            Node entry = day.addNode(entryName(firstPublished, node), "mw:indexEntry");
            entry.setProperty("mw:story", session.getValueFactory().createValue(node, true));
            StoryNodes.setDate(entry, "mw:at", firstPublished);
            publishedIndex.placed(entry);
        }
        node.setProperty(StoryNodes.ACTIVATION_STATUS, "true");
        StoryNodes.setDate(node, StoryNodes.LAST_ACTIVATED, at);
        node.setProperty(StoryNodes.LAST_ACTIVATED_BY, user);
    }

    /**
     * The agency killed the story: it comes off the site at once if it is on it, keeps everything it
     * has (nothing is deleted) and carries the agency's note for editors; it can never be published again.
     */
    public Story cancel(String id, String agencyNote, String user) {
        return takeOff(id, user, WireTerms.CANCELED, "Canceled by the agency"
                + (agencyNote == null || agencyNote.isBlank() ? "" : ": " + agencyNote.strip()));
    }

    private Story takeOff(String id, String user, String status, String flag) {
        boolean[] wasOn = new boolean[1];
        Story saved = write(session -> {
            Node node = storyNode(session, id);
            wasOn[0] = isActivated(node);
            removeIndexEntry(session, node);
            if (wasOn[0]) {
                node.setProperty(StoryNodes.ACTIVATION_STATUS, "false");
                StoryNodes.setDate(node, StoryNodes.LAST_ACTIVATED, clock.instant());
                node.setProperty(StoryNodes.LAST_ACTIVATED_BY, user);
            }
            if (status != null) {
                node.setProperty(StoryNodes.PUB_STATUS, status);
            }
            node.setProperty(StoryNodes.DESK_FLAG, flag);
            if (node.hasProperty(PUBLISH_ON_LIFT)) {
                node.getProperty(PUBLISH_ON_LIFT).remove();
            }
            session.save();
            return StoryNodes.read(node);
        });
        notify(saved, wasOn[0] ? StoryListener.Change.UNPUBLISHED : StoryListener.Change.EDITED);
        return saved;
    }

    /**
     * Publishes the stories an auto-publish import held for their embargo, now that it has lifted; the
     * scheduler calls this. Returns the stories published.
     */
    public List<Story> releaseEmbargoes(String user) {
        Instant now = clock.instant();
        List<Story> released = new ArrayList<>();
        for (String id : read(session -> WireQueries.heldForLift(session, now))) {
            try {
                Story story = write(session -> {
                    Node node = storyNode(session, id);
                    node.getProperty(PUBLISH_ON_LIFT).remove();
                    if (StoryNodes.readWire(node).publishRefusal(now) == null) {
                        activate(session, node, user, now);
                    }
                    session.save();
                    return StoryNodes.read(node);
                });
                if (story.activated()) {
                    released.add(story);
                    notify(story, StoryListener.Change.PUBLISHED);
                }
            } catch (StoryNotFoundException gone) {
                LOG.info("Story {} held for its embargo was deleted before it lifted", id);
            }
        }
        return released;
    }

    /** Takes published stories whose {@code expires} time has passed off the site, flagged for editors. */
    public List<Story> unpublishExpired(String user) {
        Instant now = clock.instant();
        List<Story> expired = new ArrayList<>();
        for (String id : read(session -> WireQueries.publishedExpired(session, now))) {
            try {
                Story story = byId(id).orElseThrow(() -> new StoryNotFoundException(id));
                expired.add(takeOff(id, user, null, "Expired at " + story.wire().expires()
                        + ": unpublished automatically, the agency's licence to publish it has ended"));
            } catch (StoryNotFoundException gone) {
                LOG.info("Expired story {} was deleted meanwhile", id);
            }
        }
        return expired;
    }

    /** Why a story with these wire terms cannot be published now (the store's clock), or null when it can. */
    public String publishRefusal(WireTerms terms) {
        return terms.publishRefusal(clock.instant());
    }

    /** Whether these terms hold a story back now for an embargo that has not lifted yet. */
    public boolean embargoed(WireTerms terms) {
        return terms.embargoedAt(clock.instant());
    }

    /** The story stored for a wire item with this id (its uri or guid). */
    public Optional<Story> byWireUri(String uri) {
        if (uri == null || uri.isBlank()) {
            return Optional.empty();
        }
        return read(session -> keys.find(session, DedupeKeys.GUID, uri.strip()).map(this::readUnchecked));
    }

    public Story unpublish(String id, String user) {
        Story saved = write(session -> {
            Node node = storyNode(session, id);
            removeIndexEntry(session, node);
            node.setProperty(StoryNodes.ACTIVATION_STATUS, "false");
            StoryNodes.setDate(node, StoryNodes.LAST_ACTIVATED, clock.instant());
            node.setProperty(StoryNodes.LAST_ACTIVATED_BY, user);
            session.save();
            return StoryNodes.read(node);
        });
        notify(saved, StoryListener.Change.UNPUBLISHED);
        return saved;
    }

    public void delete(String id, String user) {
        Story deleted = write(session -> {
            Node node = storyNode(session, id);
            Story before = StoryNodes.read(node);
            removeIndexEntry(session, node);
            keys.release(session, before);
            Tombstones.bury(session, before, user, clock.instant());
            Node day = node.getParent();
            node.remove();
            folders.removing(day);
            session.save();
            LOG.info("{} deleted story {} ({})", user, before.path(), before.original().url());
            return before;
        });
        notify(deleted, StoryListener.Change.DELETED);
    }

    private void removeIndexEntry(Session session, Node node) throws RepositoryException {
        Instant firstPublished = StoryNodes.date(node, StoryNodes.PUBLISHED);
        if (!isActivated(node) || firstPublished == null) {
            return;
        }
        Node day = publishedIndex.existingDayBucket(session.getNode("/" + PUBLISHED_INDEX), firstPublished);
        String name = entryName(firstPublished, node);
        if (day != null && day.hasNode(name)) {
            day.getNode(name).remove();
            publishedIndex.removing(day);
        }
    }

    private static String entryName(Instant at, Node story) throws RepositoryException {
        return String.format("%013d-%s", at.toEpochMilli(), story.getIdentifier());
    }

    private static boolean isActivated(Node node) throws RepositoryException {
        return Boolean.parseBoolean(StoryNodes.string(node, StoryNodes.ACTIVATION_STATUS));
    }

    private void touch(Node node, String user) throws RepositoryException {
        StoryNodes.setDate(node, StoryNodes.LAST_MODIFIED, clock.instant());
        node.setProperty(StoryNodes.LAST_MODIFIED_BY, user);
    }

    // ---- revisions and withdrawals --------------------------------------------------------------

    /**
     * Offers the source's text of a story as it is now (see {@link RevisionWrites#offer}): one save when
     * anything is stored or set aside, none when the text is the one shown or already waiting.
     */
    public OfferResult offerRevision(String id, RevisionOffer offer) {
        Revised<OfferResult> result = write(session -> {
            Node node = storyNode(session, id);
            OfferResult r = RevisionWrites.offer(node, offer, clock.instant());
            boolean changed = r.outcome() == OfferResult.Outcome.PENDING || r.outcome() == OfferResult.Outcome.REVERTED;
            if (changed) {
                session.save();
            }
            return new Revised<>(r, StoryNodes.read(node), changed);
        });
        if (result.saved()) {
            notify(result.story(), StoryListener.Change.REVISED);
        }
        return result.value();
    }

    /**
     * Shows the pending revision: the page, feeds and APIs now carry its text. {@code kind} and {@code note}
     * (may be null) are the editor's word when the agency did not call it a correction. A published story
     * stays published with the new text (its page changes now).
     */
    public Revision acceptRevision(String id, String user, RevisionKind kind, String note) {
        Revised<Revision> result = write(session -> {
            Node node = storyNode(session, id);
            Revision accepted = RevisionWrites.accept(node, user, clock.instant(), kind, note, sourceRules);
            touch(node, user);
            if (isActivated(node)) {
                StoryNodes.setDate(node, StoryNodes.LAST_ACTIVATED, clock.instant());
                node.setProperty(StoryNodes.LAST_ACTIVATED_BY, user);
            }
            session.save();
            LOG.info("{} accepted revision {} of {}", user, accepted.name(), node.getPath());
            return new Revised<>(accepted, StoryNodes.read(node), true);
        });
        notify(result.story(), StoryListener.Change.REVISION_ACCEPTED);
        return result.value();
    }

    /** Sets the pending revision aside for good; the page keeps its text. */
    public Revision dismissRevision(String id, String user) {
        Revised<Revision> result = write(session -> {
            Node node = storyNode(session, id);
            Revision dismissed = RevisionWrites.dismiss(node, user, clock.instant());
            session.save();
            LOG.info("{} dismissed revision {} of {}", user, dismissed.name(), node.getPath());
            return new Revised<>(dismissed, StoryNodes.read(node), true);
        });
        notify(result.story(), StoryListener.Change.REVISED);
        return result.value();
    }

    /** Every stored version of the story's text, the imported one first (empty until a revision arrived). */
    public List<Revision> revisions(String id) {
        return read(session -> RevisionNodes.all(storyNode(session, id)));
    }

    /**
     * Records that the source withdrew the story, with the reason; unpublishes it in the same save when
     * {@code unpublish}. Nothing is deleted. A story already marked withdrawn stays as it is.
     */
    public Story markWithdrawn(String id, String reason, boolean unpublish, String user) {
        Revised<Boolean> result = write(session -> {
            Node node = storyNode(session, id);
            if (node.hasProperty(StoryNodes.WITHDRAWN)) {
                return new Revised<>(false, StoryNodes.read(node), false);
            }
            StoryNodes.setDate(node, StoryNodes.WITHDRAWN, clock.instant());
            node.setProperty(StoryNodes.WITHDRAWAL_REASON, reason);
            boolean unpublished = unpublish && isActivated(node);
            if (unpublished) {
                removeIndexEntry(session, node);
                node.setProperty(StoryNodes.ACTIVATION_STATUS, "false");
                StoryNodes.setDate(node, StoryNodes.LAST_ACTIVATED, clock.instant());
                node.setProperty(StoryNodes.LAST_ACTIVATED_BY, user);
            }
            session.save();
            LOG.info("Story {} withdrawn at its source ({}){}", node.getPath(), reason, unpublished ? ", unpublished" : "");
            return new Revised<>(unpublished, StoryNodes.read(node), true);
        });
        if (result.saved()) {
            notify(result.story(), StoryListener.Change.WITHDRAWN);
            if (result.value()) {
                notify(result.story(), StoryListener.Change.UNPUBLISHED);
            }
        }
        return result.story();
    }

    private record Revised<T>(T value, Story story, boolean saved) {
    }

    /** Whether a story was deleted from this path: its URL answers 410 Gone, and no other story gets it. */
    public boolean isGone(String path) {
        return path != null && path.startsWith("/") && read(session -> Tombstones.isGone(session, path));
    }

    /** The state of the re-checks of a story's page, or empty when it is not re-checked. */
    public Optional<Recheck> recheck(String id) {
        return read(session -> Optional.ofNullable(RecheckMarks.read(storyNode(session, id))));
    }

    /** Stores a story's re-check state: bookkeeping, one save, no listener told and no modification time moved. */
    public void recordRecheck(String id, Recheck recheck) {
        write(session -> {
            RecheckMarks.write(storyNode(session, id), recheck);
            session.save();
            return null;
        });
    }

    /** Ids of the stories whose page is due for a re-check by {@code now}, earliest first, at most {@code limit}. */
    public List<String> dueForRecheck(Instant now, int limit) {
        return read(session -> RecheckMarks.due(session, now, limit));
    }

    // ---- reads --------------------------------------------------------------------------------

    public Optional<Story> byId(String id) {
        if (!isIdentifier(id)) {
            return Optional.empty();
        }
        return read(session -> {
            try {
                Node node = session.getNodeByIdentifier(id);
                return node.isNodeType(StoryNodes.TYPE) ? Optional.of(StoryNodes.read(node)) : Optional.empty();
            } catch (ItemNotFoundException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<Story> byPath(String path) {
        return read(session -> {
            if (!isWellFormedPath(session, path)) {
                return Optional.empty();
            }
            Node node = session.getNode(path);
            return node.isNodeType(StoryNodes.TYPE) ? Optional.of(StoryNodes.read(node)) : Optional.empty();
        });
    }

    private static boolean isWellFormedPath(Session session, String path) {
        try {
            return path != null && path.startsWith("/") && session.nodeExists(path);
        } catch (RepositoryException malformed) {
            return false; // "/a[", "/a//b": a path no story can have
        }
    }

    /** The story a feed item with this GUID was stored as. */
    public Optional<Story> byFeedGuid(String guid) {
        if (guid == null || guid.isBlank()) {
            return Optional.empty();
        }
        return read(session -> keys.find(session, DedupeKeys.GUID, guid.strip()).map(this::readUnchecked));
    }

    /**
     * Links the stories of these hosts (and their subdomains) and those linked to {@code formerSource}
     * to the source {@link SourceRules} names for each now, with its display name: run when a source's
     * hosts or name change. Linking is bookkeeping, not an edit: modification times stay. Saves in
     * batches; returns how many stories changed.
     */
    public int relinkSources(java.util.Collection<String> hosts, String formerSource) {
        List<String> ids = read(session -> SourceLinks.candidates(session, hosts, formerSource));
        int changed = 0;
        for (int from = 0; from < ids.size(); from += SourceLinks.BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + SourceLinks.BATCH));
            changed += write(session -> {
                int n = 0;
                for (String id : batch) {
                    n += SourceLinks.relink(session, id, sourceRules) ? 1 : 0;
                }
                session.save();
                return n;
            });
        }
        if (changed > 0) {
            LOG.info("{} stories linked to their sources again", changed);
        }
        sourcesChanged();
        return changed;
    }

    /** The story whose (normalized) source URL is {@code url}. */
    public Optional<Story> bySourceUrl(String url) {
        return read(session -> keys.find(session, DedupeKeys.URL, url).map(this::readUnchecked));
    }

    /** Every story, newest import first (the authoring view). */
    public Page<Story> list(long offset, int limit) {
        return read(session -> page(folders, session.getRootNode(), offset, limit, false));
    }

    /** Published stories, newest first by first publish time on this site (the public view). */
    public Page<Story> listPublished(long offset, int limit) {
        return read(session -> page(publishedIndex, session.getNode("/" + PUBLISHED_INDEX), offset, limit, true));
    }

    public List<Story> recent(int n) {
        return listPublished(0, n).items();
    }

    /** The {@code n} newest published stories other than {@code excludeId}. */
    public List<Story> recent(int n, String excludeId) {
        List<Story> stories = new ArrayList<>(listPublished(0, n + 1).items());
        boolean removed = excludeId != null && stories.removeIf(s -> s.id().equals(excludeId));
        return removed || stories.size() <= n ? stories : stories.subList(0, n);
    }

    public long count() {
        return read(session -> folders.count(session.getRootNode()));
    }

    public long countPublished() {
        return read(session -> publishedIndex.count(session.getNode("/" + PUBLISHED_INDEX)));
    }

    private Page<Story> page(DatedTree tree, Node root, long offset, int limit, boolean entries) throws RepositoryException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        List<Story> stories = new ArrayList<>(limit);
        for (Node leaf : tree.walk(root, offset, limit)) {
            Node story = entries ? entryStory(leaf) : leaf;
            if (story != null) {
                stories.add(StoryNodes.read(story));
            }
        }
        return new Page<>(stories, offset, limit, tree.count(root));
    }

    private static Node entryStory(Node entry) throws RepositoryException {
        try {
            return entry.getProperty("mw:story").getNode();
        } catch (ItemNotFoundException e) {
            LOG.warn("Published index entry {} points at a missing story", entry.getPath());
            return null;
        }
    }

    private Story readUnchecked(Node node) {
        try {
            return StoryNodes.read(node);
        } catch (RepositoryException e) {
            throw new StoreException("cannot read " + node, e);
        }
    }

    private static Instant createdOf(Node node) {
        try {
            return StoryNodes.date(node, StoryNodes.CREATED);
        } catch (RepositoryException e) {
            throw new StoreException("cannot read the creation time of a story", e);
        }
    }

    private static Instant entryTime(Node entry) {
        try {
            return StoryNodes.date(entry, "mw:at");
        } catch (RepositoryException e) {
            throw new StoreException("cannot read a published index entry", e);
        }
    }

    private static boolean isIdentifier(String id) {
        try {
            return id != null && java.util.UUID.fromString(id).toString().equalsIgnoreCase(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Node storyNode(Session session, String id) throws RepositoryException {
        if (id == null || !(id.startsWith("/") || isIdentifier(id))) {
            throw new StoryNotFoundException(String.valueOf(id));
        }
        try {
            Node node = id.startsWith("/") ? session.getNode(id) : session.getNodeByIdentifier(id);
            if (!node.isNodeType(StoryNodes.TYPE)) {
                throw new StoryNotFoundException(id);
            }
            return node;
        } catch (ItemNotFoundException | PathNotFoundException | IllegalArgumentException e) {
            throw new StoryNotFoundException(id);
        }
    }

    // ---- sessions -----------------------------------------------------------------------------

    <T> T read(WorkspaceSessions.Work<T> work) {
        return workspace.read(work);
    }

    private <T> T write(WorkspaceSessions.Work<T> work) {
        return workspace.write(work);
    }

    private void notify(Story story, StoryListener.Change change) {
        for (StoryListener listener : listeners) {
            try {
                listener.changed(story, change);
            } catch (RuntimeException e) {
                LOG.warn("Story listener failed on {} {}", change, story.path(), e);
            }
        }
    }
}
