package io.mediawire.importing.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Finds the schema.org article object in a page's JSON-LD blocks. */
final class JsonLdReader {

    // Publishers' JSON-LD is hand-written often enough: raw newlines inside strings, trailing commas.
    private static final JsonMapper LENIENT = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .build();

    private JsonLdReader() {
    }

    /** Every typed object in the page's JSON-LD, flattened out of arrays, {@code @graph} and nesting. */
    static List<JsonNode> typedObjects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(LENIENT.readTree(json), out, 0);
            } catch (JsonProcessingException badBlock) {
                // One broken block must not hide the others; the page still has meta tags.
            }
        }
        return out;
    }

    /** The most article-like object: an Article subtype, preferring one that carries a body. */
    static Optional<JsonNode> article(List<JsonNode> objects) {
        JsonNode best = null;
        for (JsonNode node : objects) {
            if (!isArticleType(node)) {
                continue;
            }
            if (best == null || (!best.has("articleBody") && node.has("articleBody"))) {
                best = node;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean isArticleType(JsonNode node) {
        for (String type : types(node)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.endsWith("posting") || t.equals("report")) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else {
            out.add(type.asText());
        }
        return out;
    }

    /** A plain string property: a string, the first of an array, or an object's name / @value / url. */
    static String string(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        return asString(node.get(field));
    }

    static String asString(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String s = asString(item);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (value.isObject()) {
            for (String key : new String[] {"name", "@value", "url", "@id"}) {
                String s = asString(value.get(key));
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        String s = clean(value.asText());
        return s.isEmpty() ? null : s;
    }

    /** Names of the author(s), joined with ", ". */
    static String authors(JsonNode article) {
        JsonNode author = article == null ? null : article.get("author");
        if (author == null) {
            author = article == null ? null : article.get("creator");
        }
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(a -> addName(a, names));
        } else {
            addName(author, names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode a, List<String> names) {
        String name = a.isObject() ? asString(a.get("name")) : asString(a);
        if (name != null && !name.startsWith("http") && !names.contains(name)) {
            names.add(name);
        }
    }

    /** JSON-LD text is often HTML-escaped twice; decode entities and collapse spaces. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        return decoded.strip();
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type")) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && (main.isObject() || main.isArray())) {
            collect(main, out, depth + 1);
        }
    }
}
