package io.mediawire.host.imaging;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.images.Asset;
import io.mediawire.images.AssetStore;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.magnolia.SimpleResizeVariation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.jcr.Binary;
import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Magnolia's DAM download servlet and imaging servlet serve: an asset's original, and its
 * rendition in a theme variation, made on the first request and kept in the {@code imaging}
 * workspace (as Magnolia's imaging module keeps what it generated), with the most asked-for bytes
 * in memory. Assets never change (one per content), so every answer may be cached for a year.
 * Two requests for a rendition not made yet make it once; at most two are made at a time, since
 * decoding a large photo takes a few hundred megabytes.
 */
public final class Renditions {
    private static final Logger LOG = LoggerFactory.getLogger(Renditions.class);
    private static final String RESOURCE = "mgnl:resource";
    private static final String FOLDER = "mgnl:folder";

    /** Bytes to send, their type and a strong validator. */
    public record Image(byte[] bytes, String mimeType, String etag) {
    }

    private final AssetStore assets;
    private final ThemeImaging imaging;
    private final SessionFactory sessions;
    private final ByteCache cache;
    private final Semaphore makers = new Semaphore(2);
    private final ConcurrentHashMap<String, CompletableFuture<Image>> making = new ConcurrentHashMap<>();

    public Renditions(AssetStore assets, ThemeImaging imaging, SessionFactory sessions, long cacheBytes) {
        this.assets = assets;
        this.imaging = imaging;
        this.sessions = sessions;
        this.cache = new ByteCache(cacheBytes);
    }

    /** The original of asset {@code id}, if {@code fileName} is its file name. */
    public Optional<Image> original(String id, String fileName) {
        String key = "original/" + id + "/" + fileName;
        Optional<Image> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<AssetStore.Original> original = assets.original(id);
        if (original.isEmpty() || !original.get().asset().fileName().equals(fileName)) {
            return Optional.empty();
        }
        Asset asset = original.get().asset();
        Image image = new Image(original.get().bytes(), asset.mimeType(), "\"" + asset.sha256().substring(0, 32) + "\"");
        cache.put(key, image);
        return Optional.of(image);
    }

    /**
     * The rendition of asset {@code id} in {@code variation} of {@code theme}; empty for any unknown part. A cached
     * answer is found by the whole address before the repository is asked anything.
     */
    public Optional<Image> rendition(String theme, String variationName, String id, String fileName) {
        SimpleResizeVariation variation = imaging.getVariations().get(variationName);
        if (!imaging.theme().equals(theme) || variation == null) {
            return Optional.empty();
        }
        String key = theme + "/" + variation.width() + "/" + id + "/" + fileName;
        Optional<Image> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Asset> asset = named(id, fileName);
        if (asset.isEmpty()) {
            return Optional.empty();
        }
        if (variation.width() >= asset.get().width()) {
            Optional<Image> original = original(id, fileName); // never enlarged
            original.ifPresent(image -> cache.put(key, image));
            return original;
        }
        CompletableFuture<Image> mine = new CompletableFuture<>();
        CompletableFuture<Image> running = making.putIfAbsent(key, mine);
        if (running != null) {
            return Optional.ofNullable(running.join());
        }
        try {
            Image image = stored(theme, asset.get(), variation.width())
                    .orElseGet(() -> make(theme, asset.get(), variation.width()));
            if (image != null) {
                cache.put(key, image);
            }
            mine.complete(image);
            return Optional.ofNullable(image);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(key);
        }
    }

    private Optional<Asset> named(String id, String fileName) {
        return assets.byId(id).filter(a -> a.fileName().equals(fileName));
    }

    private Image make(String theme, Asset asset, int width) {
        Optional<AssetStore.Original> original = assets.original(asset.id());
        if (original.isEmpty()) {
            return null;
        }
        makers.acquireUninterruptibly();
        RenditionMaker.Made made;
        try {
            made = RenditionMaker.scale(original.get().bytes(), asset.format(), width);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.warn("Rendition {} px of asset {} could not be made ({}); serving the original", width, asset.id(), e.toString());
            return new Image(original.get().bytes(), asset.mimeType(), "\"" + asset.sha256().substring(0, 32) + "\"");
        } finally {
            makers.release();
        }
        Image image = new Image(made.bytes(), made.mimeType(), etag(asset, width));
        keep(theme, asset, width, made);
        return image;
    }

    private static String etag(Asset asset, int width) {
        return "\"" + asset.sha256().substring(0, 24) + "-w" + width + "\"";
    }

    private Optional<Image> stored(String theme, Asset asset, int width) {
        try {
            Session session = sessions.login(EmbeddedRepository.IMAGING);
            try {
                String path = "/" + theme + "/" + asset.id() + "/" + width;
                if (!session.nodeExists(path)) {
                    return Optional.empty();
                }
                Node node = session.getNode(path);
                Binary binary = node.getProperty("jcr:data").getBinary();
                try (InputStream in = binary.getStream()) {
                    return Optional.of(new Image(in.readAllBytes(), node.getProperty("jcr:mimeType").getString(),
                            etag(asset, width)));
                } finally {
                    binary.dispose();
                }
            } finally {
                session.logout();
            }
        } catch (RepositoryException | IOException e) {
            LOG.warn("Stored rendition of asset {} unreadable: {}", asset.id(), e.toString());
            return Optional.empty();
        }
    }

    /** Keeps a made rendition; another process that kept the same one first wins, which is as good. */
    private void keep(String theme, Asset asset, int width, RenditionMaker.Made made) {
        try {
            Session session = sessions.login(EmbeddedRepository.IMAGING);
            try {
                Node folder = folder(folder(session.getRootNode(), theme), asset.id());
                String name = Integer.toString(width);
                if (folder.hasNode(name)) {
                    return;
                }
                Node node = folder.addNode(name, RESOURCE);
                Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(made.bytes()));
                try {
                    node.setProperty("jcr:data", binary);
                } finally {
                    binary.dispose();
                }
                node.setProperty("jcr:mimeType", made.mimeType());
                node.setProperty("width", (long) made.width());
                node.setProperty("height", (long) made.height());
                session.save();
            } finally {
                session.logout();
            }
        } catch (InvalidItemStateException | ItemExistsException raced) {
            // made at the same time elsewhere: that copy is kept
        } catch (RepositoryException e) {
            LOG.warn("Rendition of asset {} not kept: {}", asset.id(), e.toString());
        }
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, FOLDER);
    }
}
