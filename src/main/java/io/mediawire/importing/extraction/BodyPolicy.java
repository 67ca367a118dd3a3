package io.mediawire.importing.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The table in {@code body-policy.txt} as the jsoup {@link Safelist} that {@link BodySanitizer}'s Cleaner applies,
 * plus what shaping the body needs from the same table: which kept tags are inline, which tags go with their
 * content, and which attribute an element cannot do without.
 */
final class BodyPolicy extends Safelist {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

    private final Set<String> inline = new HashSet<>();
    private final Set<String> block = new HashSet<>();
    private final Set<String> dropped = new HashSet<>();
    private final Map<String, String> required = new HashMap<>();
    /** "tag attribute" pairs whose value must be a small number (the extractor reads image widths as int). */
    private final Set<String> digitsOnly = new HashSet<>();

    private BodyPolicy() {
    }

    static BodyPolicy read(String resource) {
        try (InputStream in = BodyPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no body policy at " + resource);
            }
            BodyPolicy policy = new BodyPolicy();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("#.*", "").strip();
                if (!line.isEmpty()) {
                    policy.add(line.split("\\s+"), resource + " line " + (i + 1));
                }
            }
            return policy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String[] words, String where) {
        List<String> rest = Arrays.asList(words).subList(1, words.length);
        switch (words[0]) {
            case "inline", "block" -> {
                String tag = rest.get(0);
                addTags(tag);
                (words[0].equals("inline") ? inline : block).add(tag);
                rest.subList(1, rest.size()).forEach(spec -> addAttribute(tag, spec));
            }
            case "enforce" -> addEnforcedAttribute(rest.get(0), rest.get(1), String.join(" ", rest.subList(2, rest.size())));
            case "drop" -> dropped.addAll(rest);
            default -> throw new IllegalStateException(where + ": unknown rule '" + words[0] + "'");
        }
    }

    private void addAttribute(String tag, String spec) {
        String name = spec.replaceFirst("^\\*", "").replaceFirst("=.*", "");
        addAttributes(tag, name);
        if (spec.startsWith("*")) {
            required.put(tag, name);
        }
        String values = spec.contains("=") ? spec.substring(spec.indexOf('=') + 1) : "";
        if (values.equals("digits")) {
            digitsOnly.add(tag + " " + name);
        } else if (!values.isEmpty()) {
            addProtocols(tag, name, values.split("\\|"));
        }
    }

    boolean isInline(String tag) {
        return inline.contains(tag);
    }

    boolean isBlock(String tag) {
        return block.contains(tag);
    }

    boolean isDropped(String tag) {
        return dropped.contains(tag);
    }

    /** Whether {@code element} has the attribute its tag requires, with a value this policy keeps. */
    boolean hasRequired(Element element) {
        String name = required.get(element.normalName());
        if (name == null) {
            return true;
        }
        Attribute attribute = element.attribute(name);
        return attribute != null && !attribute.getValue().isBlank()
            && isSafeAttribute(element.normalName(), element, attribute);
    }

    /** As the Safelist's own URL test makes a kept URL absolute, a kept number loses its surrounding spaces. */
    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        if (!digitsOnly.contains(tagName + " " + attribute.getKey())) {
            return true;
        }
        String number = attribute.getValue().strip();
        attribute.setValue(number);
        return DIGITS.matcher(number).matches();
    }
}
