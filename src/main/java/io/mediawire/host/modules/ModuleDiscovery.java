package io.mediawire.host.modules;

import io.mediawire.magnolia.ModuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds every {@code META-INF/magnolia/*.xml} on a class path, as Magnolia does at startup. */
public final class ModuleDiscovery {
    private static final String FOLDER = "META-INF/magnolia/";

    private final ClassLoader classLoader;
    private final ModuleDescriptorReader reader = new ModuleDescriptorReader();

    public ModuleDiscovery(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public List<ModuleDescriptor> discover() {
        List<ModuleDescriptor> descriptors = new ArrayList<>();
        try {
            Enumeration<URL> folders = classLoader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                for (String resource : descriptorResources(folders.nextElement())) {
                    try (InputStream in = classLoader.getResourceAsStream(resource)) {
                        if (in != null) {
                            descriptors.add(reader.read(in, resource));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan the class path for module descriptors", e);
        }
        return descriptors;
    }

    private static TreeSet<String> descriptorResources(URL folder) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(FOLDER) && n.endsWith(".xml") && n.indexOf('/', FOLDER.length()) < 0)
                        .forEach(names::add);
            }
        } else if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                        .forEach(n -> names.add(FOLDER + n));
            } catch (URISyntaxException e) {
                throw new IOException("Unreadable class path folder " + folder, e);
            }
        }
        return names;
    }
}
