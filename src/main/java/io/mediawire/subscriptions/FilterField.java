package io.mediawire.subscriptions;

import java.util.Locale;

/** What part of an item a filter term reads; {@link #ANY} reads them all. */
enum FilterField {
    TITLE, BODY, AUTHOR, CATEGORY, ANY;

    static FilterField named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "title" -> TITLE;
            case "body" -> BODY;
            case "author" -> AUTHOR;
            case "category", "categories" -> CATEGORY;
            case "any" -> ANY;
            default -> null;
        };
    }
}
