package io.mediawire.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a YAML key of a Magnolia definition may hold: a value, a nested definition, named entries of
 * a definition, a definition chosen by its {@code $type}, or anything (where Magnolia itself reads
 * the entries freely, e.g. a template's {@code parameters}).
 */
sealed interface Keys {

    /** A scalar, or a list of scalars. */
    record Value() implements Keys {
    }

    /** Anything: Magnolia passes the entries on without a definition class of its own. */
    record Free(String why) implements Keys {
    }

    /** A mapping checked against one definition type (a supplier, so types may nest themselves). */
    record Of(Supplier<Type> type) implements Keys {
    }

    /** Entries by name: a mapping of name to entry, or a list of entries with {@code name:}. */
    record Named(Keys entry) implements Keys {
    }

    /** A list of entries. */
    record ListOf(Keys entry) implements Keys {
    }

    /**
     * A mapping whose {@code $type} picks its definition type; without {@code $type} (an override
     * of a generated entry, say) it is checked against {@code common}.
     */
    record ByType(Map<String, Supplier<Type>> types, Supplier<Type> common) implements Keys {
    }

    Keys VALUE = new Value();

    static Keys of(Supplier<Type> type) {
        return new Of(type);
    }

    static Keys named(Supplier<Type> type) {
        return new Named(new Of(type));
    }

    static Keys free(String why) {
        return new Free(why);
    }

    /**
     * A Magnolia definition type: its name, the documentation address its keys come from, and for
     * each key what it holds.
     */
    final class Type {
        final String name;
        final String docs;
        final Map<String, Keys> keys = new LinkedHashMap<>();

        Type(String name, String docs) {
            this.name = name;
            this.docs = docs;
        }

        /** Keys that hold values. */
        Type values(String... names) {
            for (String key : names) {
                keys.put(key, VALUE);
            }
            return this;
        }

        Type key(String key, Keys holds) {
            keys.put(key, holds);
            return this;
        }

        /** This type's keys plus another's (a definition class extending another). */
        Type including(Type base) {
            base.keys.forEach(keys::putIfAbsent);
            return this;
        }

        List<String> names() {
            return keys.keySet().stream().sorted().toList();
        }
    }
}
