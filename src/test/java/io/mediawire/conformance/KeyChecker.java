package io.mediawire.conformance;

import io.mediawire.conformance.Keys.Type;
import io.mediawire.host.lightmodule.YamlDefinitionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks every key of a light module's YAML files against the definition type each belongs to
 * ({@link MagnoliaDefinitions}) and lists what Magnolia would not know: a key its definition type
 * does not have, a {@code $type} not listed, a mapping where a value belongs, a file no type
 * covers. Each problem names the file, the key path and the documentation the keys come from.
 */
final class KeyChecker {
    private KeyChecker() {
    }

    /** The problems of every {@code *.yaml} below {@code module}, files in path order. */
    static List<String> checkModule(Path module) {
        YamlDefinitionReader reader = new YamlDefinitionReader(path -> Files.readString(
                module.getParent().resolve(path.startsWith("/") ? path.substring(1) : path)));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String relative = module.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("includes/")) {
                    continue; // fragments, checked where they are included
                }
                YamlDefinitionReader.Parsed parsed = reader.read(Files.readString(file), relative);
                problems.addAll(check(relative, parsed.body()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The problems of one file, given its path under the module. */
    static List<String> check(String file, Map<String, Object> body) {
        List<String> problems = new ArrayList<>();
        MagnoliaDefinitions.forFile(file).ifPresentOrElse(
                root -> check(body, root, file, "", problems),
                () -> problems.add(file + ": no Magnolia definition type is known for this file"));
        return problems;
    }

    private static void check(Object yaml, Keys keys, String file, String path, List<String> problems) {
        if (keys instanceof Keys.Free) {
            return;
        }
        if (keys instanceof Keys.Value) {
            boolean scalars = yaml instanceof List<?> list
                    ? list.stream().noneMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>)
                    : !(yaml instanceof Map<?, ?>);
            if (!scalars) {
                problems.add(at(file, path) + ": holds a value here, not a mapping");
            }
        } else if (keys instanceof Keys.Of of) {
            object(yaml, of.type().get(), file, path, problems);
        } else if (keys instanceof Keys.ByType byType) {
            byType(yaml, byType, file, path, problems);
        } else if (keys instanceof Keys.ListOf listOf) {
            if (yaml instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    check(list.get(i), listOf.entry(), file, path + "[" + i + "]", problems);
                }
            } else {
                problems.add(at(file, path) + ": holds a list here");
            }
        } else if (keys instanceof Keys.Named named) {
            named(yaml, named, file, path, problems);
        }
    }

    /** A mapping of name to entry, or a list of entries each with {@code name:}. */
    private static void named(Object yaml, Keys.Named named, String file, String path, List<String> problems) {
        if (yaml instanceof Map<?, ?> map) {
            map.forEach((name, entry) -> check(entry, named.entry(), file, join(path, name.toString()), problems));
        } else if (yaml instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object entry = list.get(i);
                Object name = entry instanceof Map<?, ?> m ? m.get("name") : null;
                check(entry, named.entry(), file, path + "[" + (name == null ? i : name) + "]", problems);
            }
        } else if (yaml != null) {
            problems.add(at(file, path) + ": holds named entries here (a mapping or a list)");
        }
    }

    private static void byType(Object yaml, Keys.ByType keys, String file, String path, List<String> problems) {
        Object alias = yaml instanceof Map<?, ?> map ? map.get("$type") : null;
        if (alias == null) {
            if (keys.common() == null) {
                problems.add(at(file, path) + ": needs a $type (" + String.join(", ", keys.types().keySet().stream().sorted().toList()) + ")");
            } else {
                object(yaml, keys.common().get(), file, path, problems);
            }
            return;
        }
        var type = keys.types().get(alias.toString());
        if (type == null) {
            problems.add(at(file, join(path, "$type")) + ": '" + alias + "' is not a type listed here ("
                    + String.join(", ", keys.types().keySet().stream().sorted().toList()) + ")");
            return;
        }
        object(yaml, type.get(), file, path, problems);
    }

    private static void object(Object yaml, Type type, String file, String path, List<String> problems) {
        if (yaml == null) {
            return;
        }
        if (!(yaml instanceof Map<?, ?> map)) {
            problems.add(at(file, path) + ": holds a " + type.name + " mapping here");
            return;
        }
        map.forEach((key, value) -> {
            Keys holds = type.keys.get(key.toString());
            String at = join(path, key.toString());
            if (holds == null) {
                problems.add(at(file, at) + ": not a key of " + type.name + " (" + type.docs + ")");
            } else {
                check(value, holds, file, at, problems);
            }
        });
    }

    /** {@code file: key.path}, or the file alone for the document itself. */
    private static String at(String file, String path) {
        return path.isEmpty() ? file : file + ": " + path;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
