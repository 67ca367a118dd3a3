package io.mediawire.host.cache;

/**
 * What a kept answer was made from, beside what every answer depends on (templates and
 * configuration, see {@link Invalidation#everything}).
 */
public sealed interface Dependency {

    /** Public content at large: a listing, a query, a feed, a page with recent posts. Any public change drops it. */
    Dependency PUBLIC_CONTENT = new PublicContent();

    /** Nothing but the site itself (templates, web resources, configuration): only {@link Invalidation#everything} drops it. */
    Dependency SITE = new Site();

    /** One node alone, such as the delivery API's answer for one story: only a change of that node drops it. */
    static Dependency node(String workspace, String path) {
        return new Node(workspace, path);
    }

    record PublicContent() implements Dependency {
    }

    record Site() implements Dependency {
    }

    record Node(String workspace, String path) implements Dependency {
    }
}
