package io.mediawire.images;

import io.mediawire.magnolia.SessionFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import javax.jcr.Binary;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * The copied images in the {@code dam} workspace, written through JCR as Magnolia's own importers
 * write assets ({@link AssetNodeTypes}). One asset per content: the node is named by the SHA-256 of
 * the bytes, so the same picture from two addresses, two stories or two imports at once is stored
 * once. Every address it was copied from is indexed, which is how a story's body finds the local
 * copy of each of its images; each asset lists the stories that use it, so deleting a story can
 * later remove the pictures only it used. Every change is one save; a save that collides with
 * another import's is retried from fresh state.
 */
public final class AssetStore {
    private static final int ATTEMPTS = 4;

    private final SessionFactory sessions;
    private final Clock clock;

    public AssetStore(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** An asset and its bytes. */
    public record Original(Asset asset, byte[] bytes) {
    }

    /**
     * The asset holding these bytes, created when no asset has them yet; {@code reference}'s address is added to
     * its sources and to the index either way. Caption, credit and alternative text are the first story's.
     */
    public Asset store(byte[] bytes, InspectedImage image, ImageReference reference) {
        String sha = sha256(bytes);
        return write(session -> {
            Node bucket = folder(folder(session.getRootNode(), AssetNodeTypes.ASSETS_FOLDER), sha.substring(0, 2));
            Node asset = bucket.hasNode(sha) ? bucket.getNode(sha) : create(session, bucket, sha, bytes, image, reference);
            addValue(asset, AssetNodeTypes.SOURCE_URLS, reference.url());
            index(session, reference.url(), asset);
            session.save();
            return read(asset);
        });
    }

    /** The asset last copied from {@code url}, if any. */
    public Optional<Asset> bySourceUrl(String url) {
        return read(session -> {
            Node entry = indexEntry(session, url);
            if (entry == null || !entry.hasProperty(AssetNodeTypes.ASSET_REF)) {
                return Optional.empty();
            }
            try {
                return Optional.of(read(entry.getProperty(AssetNodeTypes.ASSET_REF).getNode()));
            } catch (ItemNotFoundException gone) {
                return Optional.empty();
            }
        });
    }

    public Optional<Asset> byId(String id) {
        return read(session -> assetNode(session, id).map(AssetStore::readUnchecked));
    }

    /** The asset and its stored bytes. */
    public Optional<Original> original(String id) {
        return read(session -> {
            Optional<Node> node = assetNode(session, id);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            Binary binary = node.get().getNode(AssetNodeTypes.CONTENT).getProperty(AssetNodeTypes.DATA).getBinary();
            try (InputStream in = binary.getStream()) {
                return Optional.of(new Original(read(node.get()), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read asset " + id, e);
            } finally {
                binary.dispose();
            }
        });
    }

    /** Notes that the story shows these assets. */
    public void recordUse(String storyId, Collection<Asset> assets) {
        if (assets.isEmpty()) {
            return;
        }
        write(session -> {
            for (Asset asset : assets) {
                Optional<Node> node = assetNode(session, asset.id());
                if (node.isPresent()) {
                    addValue(node.get(), AssetNodeTypes.USED_BY, storyId);
                }
            }
            session.save();
            return null;
        });
    }

    /** The ids of the stories that show the asset. */
    public List<String> usedBy(String assetId) {
        return read(session -> {
            Optional<Node> node = assetNode(session, assetId);
            return node.isPresent() ? values(node.get(), AssetNodeTypes.USED_BY) : List.<String>of();
        });
    }

    private Node create(Session session, Node bucket, String sha, byte[] bytes, InspectedImage image,
                        ImageReference reference) throws RepositoryException {
        String fileName = FileNames.of(reference.url(), image.format());
        Node asset = bucket.addNode(sha, AssetNodeTypes.ASSET);
        Calendar now = now();
        asset.setProperty("mgnl:created", now);
        asset.setProperty("mgnl:lastModified", now);
        asset.setProperty(AssetNodeTypes.NAME, fileName);
        setOptional(asset, AssetNodeTypes.TITLE, reference.alt());
        setOptional(asset, AssetNodeTypes.CAPTION, reference.caption());
        setOptional(asset, AssetNodeTypes.COPYRIGHT, reference.credit());
        asset.setProperty(AssetNodeTypes.SHA256, sha);
        Node content = asset.addNode(AssetNodeTypes.CONTENT, AssetNodeTypes.RESOURCE);
        Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(bytes));
        try {
            content.setProperty(AssetNodeTypes.DATA, binary);
        } finally {
            binary.dispose();
        }
        content.setProperty(AssetNodeTypes.MIME_TYPE, image.format().mimeType());
        content.setProperty(AssetNodeTypes.FILE_NAME, fileName);
        content.setProperty(AssetNodeTypes.EXTENSION, image.format().extension());
        content.setProperty(AssetNodeTypes.SIZE, (long) bytes.length);
        content.setProperty(AssetNodeTypes.WIDTH, (long) image.width());
        content.setProperty(AssetNodeTypes.HEIGHT, (long) image.height());
        return asset;
    }

    private static void index(Session session, String url, Node asset) throws RepositoryException {
        String key = sha256(url.getBytes(StandardCharsets.UTF_8));
        Node bucket = folder(folder(session.getRootNode(), AssetNodeTypes.SOURCES_FOLDER), key.substring(0, 2));
        Node entry = bucket.hasNode(key) ? bucket.getNode(key) : bucket.addNode(key, AssetNodeTypes.CONTENT_NODE);
        entry.setProperty(AssetNodeTypes.URL, url);
        entry.setProperty(AssetNodeTypes.ASSET_REF, session.getValueFactory().createValue(asset, true));
    }

    private static Node indexEntry(Session session, String url) throws RepositoryException {
        String key = sha256(url.getBytes(StandardCharsets.UTF_8));
        String path = "/" + AssetNodeTypes.SOURCES_FOLDER + "/" + key.substring(0, 2) + "/" + key;
        return session.nodeExists(path) ? session.getNode(path) : null;
    }

    private static Optional<Node> assetNode(Session session, String id) throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(id);
            return node.isNodeType(AssetNodeTypes.ASSET) && node.hasNode(AssetNodeTypes.CONTENT) ? Optional.of(node)
                    : Optional.empty();
        } catch (ItemNotFoundException | IllegalArgumentException unknown) {
            return Optional.empty();
        } catch (RepositoryException e) {
            // Jackrabbit says "invalid identifier" as a plain RepositoryException for text that is no UUID
            if (e.getCause() instanceof IllegalArgumentException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Asset readUnchecked(Node node) {
        try {
            return read(node);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Asset read(Node asset) throws RepositoryException {
        Node content = asset.getNode(AssetNodeTypes.CONTENT);
        List<String> sources = values(asset, AssetNodeTypes.SOURCE_URLS);
        return new Asset(asset.getIdentifier(), string(asset, AssetNodeTypes.SHA256),
                string(content, AssetNodeTypes.FILE_NAME), string(content, AssetNodeTypes.MIME_TYPE),
                (int) content.getProperty(AssetNodeTypes.WIDTH).getLong(),
                (int) content.getProperty(AssetNodeTypes.HEIGHT).getLong(),
                content.getProperty(AssetNodeTypes.SIZE).getLong(),
                sources.isEmpty() ? null : sources.get(0), string(asset, AssetNodeTypes.CAPTION),
                string(asset, AssetNodeTypes.COPYRIGHT), string(asset, AssetNodeTypes.TITLE));
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, AssetNodeTypes.FOLDER);
    }

    private static void addValue(Node node, String property, String value) throws RepositoryException {
        Set<String> all = new LinkedHashSet<>(values(node, property));
        if (all.add(value)) {
            node.setProperty(property, all.toArray(String[]::new));
        }
    }

    private static List<String> values(Node node, String property) throws RepositoryException {
        if (!node.hasProperty(property)) {
            return List.of();
        }
        Property p = node.getProperty(property);
        if (!p.isMultiple()) {
            return List.of(p.getString());
        }
        List<String> result = new ArrayList<>();
        for (Value v : p.getValues()) {
            result.add(v.getString());
        }
        return result;
    }

    private static String string(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }

    private static void setOptional(Node node, String property, String value) throws RepositoryException {
        if (value != null && !value.isBlank()) {
            node.setProperty(property, value.strip());
        }
    }

    private Calendar now() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(clock.millis());
        return calendar;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work<T> {
        T run(Session session) throws RepositoryException;
    }

    private <T> T read(Work<T> work) {
        try {
            Session session = sessions.login(AssetNodeTypes.WORKSPACE);
            try {
                return work.run(session);
            } finally {
                session.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("the dam workspace failed: " + e.getMessage(), e);
        }
    }

    /** Runs a change in a fresh session, again when another save got there first (two imports of one picture). */
    private <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read(work::run);
            } catch (IllegalStateException e) {
                boolean collision = e.getCause() instanceof InvalidItemStateException || e.getCause() instanceof ItemExistsException
                        || e.getCause() instanceof PathNotFoundException;
                if (!collision || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
