package io.mediawire.magnolia;

import java.util.List;

/** The tasks that bring a module to {@code version}, as Magnolia's DeltaBuilder produces. */
public record Delta(Version version, String description, List<Task> tasks) {
    public static Delta update(String version, String description, Task... tasks) {
        return new Delta(Version.parse(version), description, List.of(tasks));
    }
}
