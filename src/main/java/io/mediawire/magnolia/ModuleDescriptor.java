package io.mediawire.magnolia;

import java.util.List;

/**
 * A parsed {@code META-INF/magnolia/<module>.xml}.
 *
 * @param source where the descriptor was read from, for error messages
 */
public record ModuleDescriptor(String name, String displayName, String description, String moduleClass,
                               String versionHandler, Version version, List<Dependency> dependencies,
                               List<RepositoryDefinition> repositories, String source) {

    public record Dependency(String name, String versionRange, boolean optional) {
    }

    public record RepositoryDefinition(String name, List<String> workspaces, String nodeTypeFile) {
    }

    public List<String> workspaces() {
        return repositories.stream().flatMap(r -> r.workspaces().stream()).toList();
    }
}
