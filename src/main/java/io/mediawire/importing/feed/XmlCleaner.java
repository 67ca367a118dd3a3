package io.mediawire.importing.feed;

import org.jsoup.nodes.Entities;

import java.util.Set;

/**
 * Repairs the common ways real feeds break XML before a strict parser sees them, without changing line numbers:
 * <ul>
 * <li>characters XML 1.0 forbids (control characters, lone surrogates) and character references to them are dropped;</li>
 * <li>HTML named entities ({@code &nbsp;}, {@code &eacute;}, {@code &rsquo;}) become numeric references, which need no DTD;</li>
 * <li>a bare {@code &} (as in {@code Tom & Jerry} or an unescaped query string) and unknown entity names become {@code &amp;};</li>
 * <li>a {@code <} that cannot start markup ({@code a < b}) becomes {@code &lt;};</li>
 * <li>leading whitespace and an XML declaration that is not first (after a comment, say) are dropped.</li>
 * </ul>
 * CDATA sections, comments, processing instructions and the DOCTYPE are copied as they are (less forbidden characters).
 * The cleaner also reports whether the DOCTYPE declares entities, which the parser refuses outright.
 */
final class XmlCleaner {
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_ENTITY_NAME = 32;

    record Cleaned(String text, boolean declaresEntities) {
    }

    private final String in;
    private final StringBuilder out;
    private boolean declaresEntities;
    private int pos;

    private XmlCleaner(String in) {
        this.in = in;
        this.out = new StringBuilder(in.length() + 64);
    }

    static Cleaned clean(String text) {
        XmlCleaner cleaner = new XmlCleaner(text);
        cleaner.run();
        return new Cleaned(cleaner.out.toString(), cleaner.declaresEntities);
    }

    private void run() {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) pos++;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == '<') {
                markup();
            } else if (c == '&') {
                ampersand();
            } else {
                copyCharacter();
            }
        }
    }

    private void markup() {
        if (in.startsWith("<![CDATA[", pos)) {
            copyThrough("]]>");
        } else if (in.startsWith("<!--", pos)) {
            copyThrough("-->");
        } else if (in.startsWith("<?", pos)) {
            if (isXmlDeclaration() && out.length() > 0) {
                skipThrough("?>");
            } else {
                copyThrough("?>");
            }
        } else if (in.startsWith("<!DOCTYPE", pos)) {
            doctype();
        } else if (pos + 1 < in.length() && startsTag(in.charAt(pos + 1))) {
            tag();
        } else {
            out.append("&lt;");
            pos++;
        }
    }

    private boolean isXmlDeclaration() {
        return in.startsWith("<?xml", pos) && pos + 5 < in.length() && Character.isWhitespace(in.charAt(pos + 5));
    }

    private static boolean startsTag(char next) {
        return next == '/' || next == '!' || next == '_' || next == ':' || Character.isLetter(next);
    }

    /** A start or end tag: attribute values get the same entity repairs as text; a raw '<' in a value is escaped. */
    private void tag() {
        char quote = 0;
        out.append('<');
        pos++;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                    pos++;
                } else if (c == '&') {
                    ampersand();
                } else if (c == '<') {
                    out.append("&lt;");
                    pos++;
                } else {
                    copyCharacter();
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
                pos++;
            } else if (c == '>') {
                out.append(c);
                pos++;
                return;
            } else if (c == '<') {
                return; // an unclosed tag: leave the error to the parser, which reports where it is
            } else {
                copyCharacter();
            }
        }
    }

    private void doctype() {
        int start = pos;
        int depth = 0;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) {
                pos++;
                break;
            }
            pos++;
        }
        String doctype = in.substring(start, pos);
        if (doctype.contains("<!ENTITY")) declaresEntities = true;
        appendLegal(doctype);
    }

    private void ampersand() {
        // look for the ';' only as far as an entity name can reach, so text full of bare '&' stays linear
        int end = -1;
        for (int i = pos + 1; i < in.length() && i <= pos + 1 + MAX_ENTITY_NAME; i++) {
            if (in.charAt(i) == ';') {
                end = i;
                break;
            }
        }
        if (end > pos + 1) {
            String name = in.substring(pos + 1, end);
            if (name.startsWith("#")) {
                int codePoint = numericReference(name);
                if (codePoint >= 0) {
                    if (isLegal(codePoint)) out.append(in, pos, end + 1);
                    pos = end + 1;
                    return;
                }
            } else if (isName(name)) {
                if (XML_ENTITIES.contains(name)) {
                    out.append(in, pos, end + 1);
                } else if (Entities.isNamedEntity(name)) {
                    Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                } else {
                    out.append("&amp;").append(name).append(';');
                }
                pos = end + 1;
                return;
            }
        }
        out.append("&amp;");
        pos++;
    }

    /** @return the code point of "#123" or "#x1F", or -1 when the reference is malformed */
    private static int numericReference(String name) {
        try {
            if (name.length() > 2 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')) {
                String hex = name.substring(2);
                return hex.length() <= 6 && hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 0x80)
                        ? Integer.parseInt(hex, 16) : -1;
            }
            String decimal = name.substring(1);
            return !decimal.isEmpty() && decimal.length() <= 7 && decimal.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                    ? Integer.parseInt(decimal) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isName(String name) {
        if (!Character.isLetter(name.charAt(0)) || name.charAt(0) >= 0x80) return false;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    private void copyThrough(String terminator) {
        int end = in.indexOf(terminator, pos);
        end = end < 0 ? in.length() : end + terminator.length();
        appendLegal(in.substring(pos, end));
        pos = end;
    }

    private void skipThrough(String terminator) {
        int end = in.indexOf(terminator, pos);
        pos = end < 0 ? in.length() : end + terminator.length();
    }

    private void copyCharacter() {
        int codePoint = in.codePointAt(pos);
        if (isLegal(codePoint)) out.appendCodePoint(codePoint);
        pos += Character.charCount(codePoint);
    }

    private void appendLegal(String s) {
        s.codePoints().filter(XmlCleaner::isLegal).forEach(out::appendCodePoint);
    }

    /** XML 1.0 section 2.2 Char production. A lone surrogate arrives as its own code point and fails here. */
    static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
