package io.mediawire.host.web.authoring;

import java.util.Optional;

/**
 * Where a request of a content app's servlet goes, below the app's path: the list ({@code ""}), the
 * form of a new item ({@code /add}), an item's detail subapp ({@code /<kind>/<id>}) or one of its
 * actions ({@code /<kind>/<id>/<action>}).
 */
record ItemPath(boolean list, boolean add, String id, String action) {

    static Optional<ItemPath> of(String pathInfo, String kind) {
        if (pathInfo == null || pathInfo.equals("/")) {
            return Optional.of(new ItemPath(true, false, null, null));
        }
        if (pathInfo.equals("/add")) {
            return Optional.of(new ItemPath(false, true, null, null));
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals(kind) || parts[1].isEmpty()
                || (parts.length == 3 && parts[2].isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ItemPath(false, false, parts[1], parts.length == 3 ? parts[2] : null));
    }
}
