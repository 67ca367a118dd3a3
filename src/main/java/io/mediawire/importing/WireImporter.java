package io.mediawire.importing;

import io.mediawire.images.ImageCopier;
import io.mediawire.importing.extraction.PlainText;
import io.mediawire.importing.identity.BodyFingerprint;
import io.mediawire.importing.wire.WireAddress;
import io.mediawire.importing.wire.WireEntry;
import io.mediawire.importing.wire.WireFormat;
import io.mediawire.importing.wire.WireFormatException;
import io.mediawire.importing.wire.WireItem;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.CreateResult;
import io.mediawire.story.InvalidStoryException;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoreException;
import io.mediawire.story.Story;
import io.mediawire.story.WireTerms;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the items of a wire document (ninjs or NewsML): each one on its own, so a bad item, or one a package
 * references but the delivery lacks, fails alone with its reason and the rest go on. An item already stored
 * (by its uri) is not stored again: a kill ({@code canceled}) takes the story off the site at once, a newer
 * version goes to {@link WireRevisions}, the same or an older version is a duplicate. A new item is stored in
 * one save with its wire terms; the store, not this class, holds an embargoed, withheld or expired item back.
 */
public final class WireImporter {
    private static final Logger LOG = LoggerFactory.getLogger(WireImporter.class);
    /** Stands in for the address of an item whose id is no web address (urn:, tag:): never linked on a page. */
    public static final String NO_WEB_ADDRESS = "https://wire.invalid/item/";

    private final io.mediawire.story.StoryStore store;
    private final ImageCopier images;
    private volatile WireRevisions revisions = WireRevisions.KEEP;

    public WireImporter(io.mediawire.story.StoryStore store, ImageCopier images) {
        this.store = store;
        this.images = images;
    }

    /** Plugs in the revision flow for newer versions of stored items. */
    public void useRevisions(WireRevisions revisions) {
        this.revisions = java.util.Objects.requireNonNull(revisions, "revisions");
    }

    /** Every item of the document, each with its result; a document that cannot be read at all is one failure. */
    public List<ItemResult> importDocument(String label, WireFormat format, byte[] body, ItemOptions options,
                                           ImportProgress progress) {
        List<WireEntry> entries;
        try {
            entries = format.read(body);
        } catch (WireFormatException e) {
            progress.found(label, 1);
            ItemResult failed = ItemResult.failed(label, e.getMessage());
            progress.finished(failed);
            return List.of(failed);
        }
        progress.found(label, entries.size());
        List<ItemResult> results = new ArrayList<>();
        for (WireEntry entry : entries) {
            ItemResult result = importEntry(entry, options);
            progress.finished(result);
            results.add(result);
        }
        return results;
    }

    public ItemResult importEntry(WireEntry entry, ItemOptions options) {
        if (entry instanceof WireEntry.Refused refused) {
            return ItemResult.failed(refused.label(), refused.reason());
        }
        WireEntry.Read read = (WireEntry.Read) entry;
        WireItem item = read.item();
        try {
            Optional<Story> stored = store.byWireUri(item.uri());
            if (stored.isPresent()) {
                return known(stored.get(), item, options).withWarnings(read.warnings());
            }
            return fresh(item, options).withWarnings(read.warnings());
        } catch (InvalidStoryException | ImportException | ItemFilterException e) {
            return ItemResult.failed(item.uri(), e.getMessage());
        } catch (StoreException e) {
            LOG.error("Storing wire item {} failed", item.uri(), e);
            return ItemResult.failed(item.uri(), "the repository refused the story: " + e.getMessage());
        }
    }

    private ItemResult known(Story stored, WireItem item, ItemOptions options) {
        if (WireTerms.CANCELED.equals(item.pubStatus())) {
            if (stored.wire().canceled()) {
                return ItemResult.duplicate(item.uri(), stored.headline(), stored.path(), stored.id(), "wire item, already canceled");
            }
            boolean wasPublished = stored.activated();
            Story canceled = store.cancel(stored.id(), item.edNote(), options.user());
            return ItemResult.updated(item.uri(), canceled.headline(), canceled.path(), canceled.id(),
                    "canceled by the agency" + (wasPublished ? ": taken off the site" : "") + "; kept, flagged for editors");
        }
        if (item.version() > stored.wire().version()) {
            String reason = item.notAStoryReason();
            if (reason != null) {
                return ItemResult.failed(item.uri(), "newer version " + item.version() + " of a stored item: " + reason);
            }
            WireRevisions.Kind kind = item.correction() ? WireRevisions.Kind.CORRECTION : WireRevisions.Kind.UPDATE;
            String outcome = revisions.offer(stored, draft(item, options), item.version(), kind);
            return ItemResult.updated(item.uri(), stored.headline(), stored.path(), stored.id(), outcome);
        }
        return ItemResult.duplicate(item.uri(), stored.headline(), stored.path(), stored.id(),
                "wire item, version " + item.version() + (item.version() < stored.wire().version()
                        ? " (older than the stored version " + stored.wire().version() + ")" : ""));
    }

    private ItemResult fresh(WireItem item, ItemOptions options) {
        String reason = item.notAStoryReason();
        if (reason != null) {
            return ItemResult.failed(item.uri(), reason);
        }
        if (WireTerms.CANCELED.equals(item.pubStatus())) {
            return ItemResult.failed(item.uri(), "the agency canceled this item; there is no story of it here to take down");
        }
        NewStory story = draft(item, options);
        if (options.filter() != ItemFilter.KEEP_ALL && !options.filter().accepts(
                new ItemText(item.headline(), PlainText.of(item.body()), item.byline(), item.tags()))) {
            return ItemResult.filtered(item.uri(), item.headline());
        }
        ImageCopier.Copied copied = images == null ? ImageCopier.Copied.NOTHING : images.copy(story.original());
        CreateResult result = options.publish() ? store.createPublished(story, options.user()) : store.create(story, options.user());
        if (result instanceof CreateResult.Duplicate duplicate) {
            return ItemResult.duplicate(item.uri(), duplicate.story().headline(), duplicate.story().path(),
                    duplicate.story().id(), duplicate.matchedOn());
        }
        if (images != null) {
            images.recordUse(result.story().id(), copied);
        }
        List<String> notes = new ArrayList<>(copied.warnings());
        String held = store.publishRefusal(story.wire());
        if (held != null) {
            notes.add(0, (options.publish() && store.embargoed(story.wire()) && !story.wire().withheld()
                    ? "kept as a draft, published when the embargo lifts: " : "kept as a draft: ") + held);
        }
        return ItemResult.imported(item.uri(), result.story().headline(), result.story().path(), result.story().id())
                .withWarnings(notes);
    }

    /** The story a wire item makes: its text and credit, its wire terms, its uri as the GUID dedupe key. */
    NewStory draft(WireItem item, ItemOptions options) {
        String web = WireAddress.web(item.uri());
        String url = web != null ? web : NO_WEB_ADDRESS + URLEncoder.encode(item.uri(), StandardCharsets.UTF_8);
        String sourceName = item.infoSource() != null ? item.infoSource()
                : item.copyrightHolder() != null ? item.copyrightHolder() : null;
        AgencyCopy original = AgencyCopy.builder()
                .headline(item.headline())
                .body(item.body())
                .sourceName(sourceName)
                .url(url)
                .author(item.byline())
                .published(item.firstCreated() != null ? item.firstCreated() : item.versionCreated())
                .leadImage(item.leadImage())
                .leadImageCaption(item.leadImageCaption())
                .language(item.language())
                .build();
        WireTerms terms = new WireTerms(item.uri(), item.version(), item.urgency(), item.pubStatus(), item.embargoed(),
                item.expires(), item.copyrightHolder(), item.copyrightNotice(), item.usageTerms(), item.rightsInfo(),
                item.infoSource(), item.leadImageCredit(), item.dateline(), item.edNote(), null);
        return new NewStory(original, url, item.tags(), item.uri(), fingerprint(item.body()), options.sourceId(),
                options.subscriptionId(), terms);
    }

    private static String fingerprint(String html) {
        try {
            return BodyFingerprint.of(PlainText.of(html));
        } catch (IllegalArgumentException noWords) {
            return null;
        }
    }
}
