package io.mediawire.host.rendering;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files under a light module's {@code webresources/} folder, served at
 * {@code /.resources/<module>/webresources/<path>}. Only files the registry lists can be read, so
 * "..", encoded slashes and absolute paths find nothing.
 */
public final class WebResources {
    public static final String PREFIX = "/.resources/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("html", "text/plain; charset=utf-8")); // never served as a page of this origin

    private final DefinitionRegistry registry;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public WebResources(DefinitionRegistry registry) {
        this.registry = registry;
        registry.onReload(hashes::clear);
    }

    /** A file found by its request path after {@code /.resources/}, e.g. {@code media-wire/webresources/css/site.css}. */
    public record Resource(byte[] bytes, String contentType, String hash, long lastModified) {
    }

    public Optional<Resource> find(String pathAfterPrefix) {
        if (pathAfterPrefix == null || pathAfterPrefix.contains("..") || pathAfterPrefix.contains("\\")
                || pathAfterPrefix.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String path = pathAfterPrefix.startsWith("/") ? pathAfterPrefix.substring(1) : pathAfterPrefix;
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String module = path.substring(0, slash);
        String file = path.substring(slash + 1);
        if (!file.startsWith("webresources/") || file.endsWith("/")) {
            return Optional.empty();
        }
        return registry.resource(module, file).map(bytes -> new Resource(bytes, contentType(file), sha(bytes),
                registry.lastModified(module, file)));
    }

    /** The URL of {@code webresources/<path>} with {@code ?v=<hash>}; without the hash when the file is missing. */
    public String url(String module, String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        String file = "webresources/" + clean;
        String base = PREFIX + module + "/" + file;
        String key = module + "/" + file;
        String hash = registry.developmentMode() ? hashOf(module, file) : hashes.computeIfAbsent(key, k -> hashOf(module, file));
        return hash.isEmpty() ? base : base + "?v=" + hash.substring(0, 12);
    }

    private String hashOf(String module, String file) {
        return registry.resource(module, file).map(WebResources::sha).orElse("");
    }

    static String contentType(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha(String text) {
        return sha(text.getBytes(StandardCharsets.UTF_8));
    }
}
