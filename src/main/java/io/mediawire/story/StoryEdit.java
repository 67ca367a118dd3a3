package io.mediawire.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change an editor may make: the headline and the tags, nothing else. {@link #fromFields}
 * turns a submitted field map into an edit and refuses fields that are fixed at import.
 */
public record StoryEdit(String headline, List<String> tags) {

    public StoryEdit {
        if (headline != null && headline.isBlank()) {
            throw new InvalidStoryException("headline cannot be empty");
        }
        if (headline != null && headline.length() > 300) {
            throw new InvalidStoryException("headline is longer than 300 characters");
        }
        tags = tags == null ? null : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public static StoryEdit headline(String headline) {
        return new StoryEdit(headline, null);
    }

    /** True when applying this edit would change {@code current}'s headline or tags. */
    public boolean changes(Story current) {
        return headline != null && !headline.equals(current.headline())
                || tags != null && !tags.equals(current.tags());
    }

    /**
     * Fields of a form or API request, checked against the stored story: a read-only field is
     * refused when its value differs from the stored one (forms may echo unchanged values back).
     */
    public static StoryEdit fromFields(Map<String, ?> fields, Story current) {
        String headline = null;
        List<String> tags = null;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            switch (name) {
                case StoryNodes.HEADLINE -> headline = value == null ? null : value.toString().strip();
                case StoryNodes.TAGS -> tags = asList(value);
                default -> {
                    StoryProperty property = StoryNodes.property(name).filter(StoryProperty::readOnly)
                            .orElseThrow(() -> new InvalidStoryException(name
                                    + " is not a field an editor can change (editable: headline, tags)"));
                    if (!Objects.equals(asText(value), asText(property.valueOf(current)))) {
                        throw new ReadOnlyFieldException(name);
                    }
                }
            }
        }
        return new StoryEdit(headline, tags);
    }

    private static List<String> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString().split(","));
    }

    private static String asText(Object value) {
        return value == null ? null : value.toString();
    }
}
