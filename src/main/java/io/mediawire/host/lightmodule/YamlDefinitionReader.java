package io.mediawire.host.lightmodule;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads Magnolia-flavoured YAML: plain YAML plus the directives {@code !content-type:<name>}
 * (kept as the document's tag) and {@code !include:/<module>/<path>} (replaced by that file,
 * with sibling keys overriding it). Composes nodes instead of constructing objects, so unknown
 * tags are never instantiated.
 */
public final class YamlDefinitionReader {
    /** Resolves {@code !include:} paths to file contents. */
    @FunctionalInterface
    public interface Includes {
        String read(String absolutePath) throws java.io.IOException;
    }

    public record Parsed(String tag, Map<String, Object> body) {
    }

    private final Includes includes;

    public YamlDefinitionReader(Includes includes) {
        this.includes = includes;
    }

    public Parsed read(String text, String file) {
        Node root = compose(text, file);
        if (root == null) {
            return new Parsed(null, new LinkedHashMap<>());
        }
        if (!(root instanceof MappingNode)) {
            throw new DefinitionException(new DefinitionProblem(file, line(root), column(root),
                    "a definition must be a mapping of keys to values"));
        }
        String tag = root.getTag().getValue().startsWith("!") ? root.getTag().getValue() : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) convert(root, file, 0);
        return new Parsed(tag, body);
    }

    private static Node compose(String text, String file) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options)
                    .compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null) {
                reason = reason + " (" + e.getContext() + ")";
            }
            throw new DefinitionException(new DefinitionProblem(file,
                    mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, reason));
        } catch (YAMLException e) {
            throw new DefinitionException(new DefinitionProblem(file, 0, 0, e.getMessage()));
        }
    }

    private Object convert(Node node, String file, int depth) {
        if (depth > 64) {
            throw new DefinitionException(new DefinitionProblem(file, line(node), column(node), "nesting deeper than 64 levels"));
        }
        String tag = node.getTag().getValue();
        if (tag.startsWith("!include:")) {
            return include(node, tag.substring("!include:".length()), file, depth);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null) {
                    throw new DefinitionException(new DefinitionProblem(file, line(tuple.getKeyNode()),
                            column(tuple.getKeyNode()), "keys must be plain text"));
                }
                if (map.containsKey(key)) {
                    throw new DefinitionException(new DefinitionProblem(file, line(tuple.getKeyNode()),
                            column(tuple.getKeyNode()), "duplicate key " + key));
                }
                Object value = convert(tuple.getValueNode(), file, depth + 1);
                if ("<<".equals(key) && value instanceof Map<?, ?> merged) {
                    merged.forEach((k, v) -> map.putIfAbsent(String.valueOf(k), v));
                } else {
                    map.put(key, value);
                }
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(convert(item, file, depth + 1));
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    private Object include(Node node, String path, String file, int depth) {
        String text;
        try {
            text = includes.read(path);
        } catch (java.io.IOException e) {
            throw new DefinitionException(new DefinitionProblem(file, line(node), column(node),
                    "cannot include " + path + ": " + e.getMessage()));
        }
        Parsed included = read(text, path);
        Map<String, Object> result = new LinkedHashMap<>(included.body());
        if (node instanceof MappingNode) {
            MappingNode plain = new MappingNode(Tag.MAP, ((MappingNode) node).getValue(), ((MappingNode) node).getFlowStyle());
            @SuppressWarnings("unchecked")
            Map<String, Object> overrides = (Map<String, Object>) convert(plain, file, depth + 1);
            result.putAll(overrides);
        }
        return result;
    }

    private static Object scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(value.replace("_", ""));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }
}
