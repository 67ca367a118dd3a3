package io.mediawire.host.modules;

import io.mediawire.magnolia.ModuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
            for (String resource : ClasspathFolders.list(classLoader, FOLDER, ".xml")) {
                try (InputStream in = classLoader.getResourceAsStream(resource)) {
                    if (in != null) {
                        descriptors.add(reader.read(in, resource));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan the class path for module descriptors", e);
        }
        return descriptors;
    }
}
