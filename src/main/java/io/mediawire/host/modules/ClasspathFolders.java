package io.mediawire.host.modules;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The files directly in a class-path folder, across every jar and classes folder that has it. */
final class ClasspathFolders {
    private ClasspathFolders() {
    }

    /**
     * @param folder    a folder path without leading slash, ending in "/", e.g. {@code META-INF/magnolia/}
     * @param extension the names' ending, e.g. {@code .xml}
     * @return resource names (no leading slash) in name order
     */
    static List<String> list(ClassLoader loader, String folder, String extension) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> folders = loader.getResources(folder);
        while (folders.hasMoreElements()) {
            names.addAll(files(folders.nextElement(), folder, extension));
        }
        return List.copyOf(names);
    }

    private static TreeSet<String> files(URL url, String folder, String extension) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(folder) && n.endsWith(extension) && n.indexOf('/', folder.length()) < 0)
                        .forEach(names::add);
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                        .forEach(n -> names.add(folder + n));
            } catch (URISyntaxException e) {
                throw new IOException("Unreadable class path folder " + url, e);
            }
        }
        return names;
    }
}
