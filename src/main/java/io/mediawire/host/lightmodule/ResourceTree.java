package io.mediawire.host.lightmodule;

import java.io.IOException;
import java.util.List;

/** The files of one light module, wherever they live (a folder on disk, or a jar). */
public interface ResourceTree {
    String module();

    /** Relative paths with '/' separators, e.g. {@code templates/pages/article.yaml}. */
    List<String> list() throws IOException;

    byte[] read(String path) throws IOException;

    /** Whether {@code path} is one of {@link #list()}; trees that can answer without listing override it. */
    default boolean contains(String path) throws IOException {
        return list().contains(path);
    }

    /** Modification time in ms, or 0 where unknown (a jar never changes). */
    long lastModified(String path);

    /** Where the files come from, for messages: a folder or "classpath". */
    String origin();
}
