package io.mediawire.story;

import java.util.function.Function;

/**
 * One property of {@code mw:story}: its name, whose it is, and the value a {@link Story} holds for
 * it. {@link StoryNodes#PROPERTIES} lists them all, so forms, templates and edits go through one
 * table instead of naming every field again.
 */
public record StoryProperty(String name, Owner owner, Function<Story, ?> accessor) {

    /** Whose a property is: that decides who may change it and whether templates see it. */
    public enum Owner {
        /** The desk's: editors change it after import. */
        DESK,
        /** The agency's, kept in {@link AgencyCopy}: fixed at import. */
        AGENCY,
        /** The import's bookkeeping (where it fetched, dedupe keys): fixed at import, no use to a page. */
        IMPORT,
        /** Kept by the store as the story moves: teaser, times, activation. */
        STORE,
        /** Editors' user names: kept from templates, which render public pages. */
        EDITORS
    }

    static StoryProperty agency(String name, Function<AgencyCopy, ?> field) {
        return new StoryProperty(name, Owner.AGENCY, story -> field.apply(story.original()));
    }

    /** The story's value: a String, an Instant, a List of strings, or null when unset. */
    public Object valueOf(Story story) {
        return accessor.apply(story);
    }

    /** Fixed at import: an edit may send it back unchanged, never changed. */
    public boolean readOnly() {
        return owner == Owner.AGENCY || owner == Owner.IMPORT;
    }

    /** Part of the content map a template gets. */
    public boolean forTemplates() {
        return owner != Owner.IMPORT && owner != Owner.EDITORS;
    }
}
