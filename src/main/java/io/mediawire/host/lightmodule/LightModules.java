package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds light modules: every folder under the light-modules directory, then, for modules named by
 * a descriptor but absent on disk, their copy on the class path. A folder on disk wins, as
 * Magnolia's file-system origin wins over the class path.
 */
public final class LightModules {
    private LightModules() {
    }

    public static List<ResourceTree> find(Path folder, Collection<String> classpathModules, ClassLoader loader) {
        List<ResourceTree> trees = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> modules = Files.list(folder)) {
                modules.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(p -> {
                            trees.add(new FolderTree(p));
                            found.add(p.getFileName().toString());
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list light modules in " + folder, e);
            }
        }
        for (String module : classpathModules) {
            if (!found.contains(module)) {
                try {
                    ClasspathTree tree = ClasspathTree.find(module, loader);
                    if (tree != null) {
                        trees.add(tree);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read module " + module + " from the class path", e);
                }
            }
        }
        return trees;
    }
}
