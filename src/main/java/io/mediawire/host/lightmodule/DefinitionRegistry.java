package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every definition of every light module, keyed like Magnolia ({@code media-wire:pages/article}).
 * A broken file is reported with its place and reason and left out; the rest keeps working.
 * In development mode, {@link #refreshIfChanged()} reloads when any file changed on disk.
 */
public final class DefinitionRegistry {
    public static final Set<String> DEFINITION_FOLDERS =
            Set.of("contentTypes", "apps", "templates", "restEndpoints", "dialogs", "decorations", "virtualUriMappings",
                    "themes");
    private static final Logger LOG = LoggerFactory.getLogger(DefinitionRegistry.class);
    private static final long CHECK_INTERVAL_MS = 250;

    private final List<ResourceTree> trees;
    private final boolean developmentMode;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot;
    private volatile long lastCheck;

    private record Snapshot(Map<String, Definition> definitions, List<DefinitionProblem> problems, long fingerprint) {
    }

    public DefinitionRegistry(List<ResourceTree> trees, boolean developmentMode) {
        this.trees = List.copyOf(trees);
        this.developmentMode = developmentMode;
        this.snapshot = load();
    }

    public boolean developmentMode() {
        return developmentMode;
    }

    public void onReload(Runnable listener) {
        reloadListeners.add(listener);
    }

    /** Reloads every definition if a file changed; cheap enough to call on each request. */
    public void refreshIfChanged() {
        if (!developmentMode) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck < CHECK_INTERVAL_MS) {
            return;
        }
        synchronized (this) {
            lastCheck = now;
            if (fingerprint() != snapshot.fingerprint()) {
                snapshot = load();
                LOG.info("Light modules reloaded: {} definitions, {} problems",
                        snapshot.definitions().size(), snapshot.problems().size());
                reloadListeners.forEach(Runnable::run);
            }
        }
    }

    public Optional<Definition> get(String type, String id) {
        refreshIfChanged();
        Definition definition = snapshot.definitions().get(type + "|" + id);
        return Optional.ofNullable(definition);
    }

    /** A content type by its name (the file name), as {@code !content-type:<name>} refers to it. */
    public Optional<Definition> contentType(String name) {
        return all("contentTypes").stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public List<Definition> all(String type) {
        refreshIfChanged();
        return snapshot.definitions().values().stream().filter(d -> d.type().equals(type)).toList();
    }

    public Collection<Definition> all() {
        refreshIfChanged();
        return snapshot.definitions().values();
    }

    public List<DefinitionProblem> problems() {
        refreshIfChanged();
        return snapshot.problems();
    }

    /** A non-definition resource (a script, a stylesheet, messages) of a module. */
    public Optional<byte[]> resource(String module, String path) {
        for (ResourceTree tree : trees) {
            if (tree.module().equals(module)) {
                try {
                    if (tree.contains(path)) {
                        return Optional.of(tree.read(path));
                    }
                } catch (IOException e) {
                    LOG.warn("Cannot read {} of {}: {}", path, module, e.getMessage());
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Last modification of a module resource in ms, 0 if unknown. */
    public long lastModified(String module, String path) {
        return trees.stream().filter(t -> t.module().equals(module)).findFirst()
                .map(t -> t.lastModified(path)).orElse(0L);
    }

    public List<ResourceTree> trees() {
        return trees;
    }

    private Snapshot load() {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        YamlDefinitionReader reader = new YamlDefinitionReader(this::readAbsolute);
        for (ResourceTree tree : trees) {
            List<String> paths;
            try {
                paths = tree.list();
            } catch (IOException e) {
                problems.add(new DefinitionProblem(tree.origin(), 0, 0, "cannot list files: " + e.getMessage()));
                continue;
            }
            for (String path : paths) {
                int slash = path.indexOf('/');
                if (slash < 0 || !path.endsWith(".yaml") || !DEFINITION_FOLDERS.contains(path.substring(0, slash))) {
                    continue;
                }
                String file = tree.module() + "/" + path;
                try {
                    String text = new String(tree.read(path), StandardCharsets.UTF_8);
                    YamlDefinitionReader.Parsed parsed = reader.read(text, file);
                    String type = path.substring(0, slash);
                    String id = tree.module() + ":" + path.substring(slash + 1, path.length() - ".yaml".length());
                    definitions.put(type + "|" + id, new Definition(type, id, tree.module(), file, parsed.tag(), parsed.body()));
                } catch (DefinitionException e) {
                    problems.add(e.problem());
                    LOG.error("Definition not loaded: {}", e.problem());
                } catch (IOException e) {
                    problems.add(new DefinitionProblem(file, 0, 0, "cannot read: " + e.getMessage()));
                }
            }
        }
        return new Snapshot(Map.copyOf(definitions), List.copyOf(problems), fingerprint());
    }

    private String readAbsolute(String absolutePath) throws IOException {
        String path = absolutePath.startsWith("/") ? absolutePath.substring(1) : absolutePath;
        int slash = path.indexOf('/');
        if (slash < 0) {
            throw new IOException("an include path is /<module>/<path>, got " + absolutePath);
        }
        return resource(path.substring(0, slash), path.substring(slash + 1))
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IOException("no such file"));
    }

    private long fingerprint() {
        long hash = 17;
        for (ResourceTree tree : trees) {
            try {
                for (String path : tree.list()) {
                    hash = hash * 31 + path.hashCode();
                    hash = hash * 31 + tree.lastModified(path);
                }
            } catch (IOException e) {
                hash = hash * 31 + 1;
            }
        }
        return hash;
    }
}
