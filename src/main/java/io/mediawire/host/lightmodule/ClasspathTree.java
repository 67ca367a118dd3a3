package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A module's resources packed on the class path under {@code /<module>/}, as in a Maven module's jar. */
public final class ClasspathTree implements ResourceTree {
    private final String module;
    private final ClassLoader loader;
    private final List<String> paths;

    private ClasspathTree(String module, ClassLoader loader, List<String> paths) {
        this.module = module;
        this.loader = loader;
        this.paths = paths;
    }

    /** The module's tree, or null when the class path has no {@code /<module>/} folder. */
    public static ClasspathTree find(String module, ClassLoader loader) throws IOException {
        URL folder = loader.getResource(module + "/");
        if (folder == null) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        String prefix = module + "/";
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                        .forEach(e -> paths.add(e.getName().substring(prefix.length())));
            }
        } else {
            try {
                Path root = Path.of(folder.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile)
                            .forEach(p -> paths.add(root.relativize(p).toString().replace('\\', '/')));
                }
            } catch (URISyntaxException e) {
                throw new IOException("unreadable class path folder " + folder, e);
            }
        }
        paths.sort(null);
        return new ClasspathTree(module, loader, List.copyOf(paths));
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public List<String> list() {
        return paths;
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (!paths.contains(path)) {
            throw new IOException("no resource " + path + " in module " + module);
        }
        try (InputStream in = loader.getResourceAsStream(module + "/" + path)) {
            if (in == null) {
                throw new IOException("no resource " + path + " in module " + module);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public long lastModified(String path) {
        return 0;
    }

    @Override
    public String origin() {
        return "classpath";
    }
}
