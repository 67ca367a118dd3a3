package io.mediawire.subscriptions;

import io.mediawire.importing.ItemText;
import io.mediawire.sources.Words;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An item as filter terms read it: each field as raw text (for patterns) and as words (for words
 * and phrases), categories one by one so that a phrase never runs from one category into the next.
 * Words are made once per item, when a term first asks.
 */
final class FilterText {
    private final Map<FilterField, List<String>> raw = new EnumMap<>(FilterField.class);
    private final Map<FilterField, List<List<String>>> words = new EnumMap<>(FilterField.class);

    FilterText(ItemText item) {
        raw.put(FilterField.TITLE, List.of(item.title()));
        raw.put(FilterField.BODY, List.of(item.body()));
        raw.put(FilterField.AUTHOR, List.of(item.author()));
        raw.put(FilterField.CATEGORY, item.categories());
    }

    /** The texts a field stands for: one for title, body and author, one per category, all of them for ANY. */
    List<String> raw(FilterField field) {
        if (field != FilterField.ANY) {
            return raw.get(field);
        }
        List<String> all = new ArrayList<>();
        for (FilterField f : List.of(FilterField.TITLE, FilterField.BODY, FilterField.AUTHOR, FilterField.CATEGORY)) {
            all.addAll(raw.get(f));
        }
        return all;
    }

    /** The same texts as word lists. */
    List<List<String>> words(FilterField field) {
        if (field == FilterField.ANY) {
            List<List<String>> all = new ArrayList<>();
            for (FilterField f : List.of(FilterField.TITLE, FilterField.BODY, FilterField.AUTHOR, FilterField.CATEGORY)) {
                all.addAll(words(f));
            }
            return all;
        }
        return words.computeIfAbsent(field, f -> raw.get(f).stream().map(Words::of).toList());
    }
}
