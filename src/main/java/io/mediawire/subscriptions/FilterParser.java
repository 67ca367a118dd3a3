package io.mediawire.subscriptions;

/**
 * Reads a filter expression.
 *
 * <pre>
 * expression := or
 * or         := and ("OR" and)*
 * and        := not (["AND"] not)*          two terms side by side mean AND
 * not        := "NOT" not | primary
 * primary    := "(" expression ")" | field ":" primary | term
 * field      := title | body | author | category | any      (default: any, which reads all four)
 * term       := word | word* | "a phrase" | /regular expression/flags
 * </pre>
 *
 * Words and phrases match whole words, ignoring case and punctuation; {@code flood*} matches words
 * beginning with "flood"; a pattern is a Java regular expression, case-sensitive unless flagged
 * {@code i}. AND, OR and NOT are keywords only in capitals. Errors name the position (1-based).
 */
final class FilterParser {
    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 32;

    private final String text;
    private int at;
    private int depth;

    private FilterParser(String text) {
        this.text = text;
    }

    static FilterExpression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidFilterException("longer than " + MAX_LENGTH + " characters");
        }
        FilterParser parser = new FilterParser(text);
        FilterExpression expression = parser.or(FilterField.ANY);
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error(parser.peek() == ')' ? "a ')' without its '('" : "unexpected '" + parser.peek() + "'");
        }
        return expression;
    }

    private FilterExpression or(FilterField field) {
        FilterExpression left = and(field);
        while (keyword("OR")) {
            left = new FilterExpression.Or(left, and(field));
        }
        return left;
    }

    private FilterExpression and(FilterField field) {
        FilterExpression left = not(field);
        while (true) {
            skipSpace();
            if (keyword("AND")) {
                left = new FilterExpression.And(left, not(field));
            } else if (at < text.length() && peek() != ')' && !lookingAtKeyword("OR")) {
                left = new FilterExpression.And(left, not(field));
            } else {
                return left;
            }
        }
    }

    private FilterExpression not(FilterField field) {
        if (keyword("NOT")) {
            return new FilterExpression.Not(nested(() -> not(field)));
        }
        return primary(field);
    }

    private FilterExpression primary(FilterField field) {
        skipSpace();
        if (at >= text.length()) {
            throw error(at == 0 ? "empty" : "a term is missing at the end");
        }
        char c = peek();
        if (c == '(') {
            at++;
            FilterExpression inner = nested(() -> or(field));
            skipSpace();
            if (at >= text.length() || peek() != ')') {
                throw error("a '(' is not closed");
            }
            at++;
            return inner;
        }
        if (c == ')') {
            throw error("a term is missing before ')'");
        }
        if (c == '"') {
            return phrase(field);
        }
        if (c == '/') {
            return pattern(field);
        }
        int start = at;
        String word = word();
        if (at < text.length() && peek() == ':') {
            FilterField named = FilterField.named(word);
            if (named == null) {
                throw errorAt(start, "unknown field '" + word + "' (fields: title, body, author, category, any)");
            }
            if (field != FilterField.ANY && named != field) {
                throw errorAt(start, "field " + word + ": inside another field's group");
            }
            at++;
            return nested(() -> primary(named));
        }
        if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
            throw errorAt(start, word + " needs a term on each side");
        }
        FilterExpression.Phrase phrase = FilterExpression.Phrase.of(field, word);
        if (phrase.words().isEmpty()) {
            throw errorAt(start, "'" + word + "' has no letters or digits to match; use a \"phrase\" or a /pattern/");
        }
        return phrase;
    }

    private FilterExpression phrase(FilterField field) {
        int start = at++;
        StringBuilder phrase = new StringBuilder();
        while (at < text.length() && peek() != '"') {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            phrase.append(c);
        }
        if (at >= text.length()) {
            throw errorAt(start, "a '\"' is not closed");
        }
        at++;
        FilterExpression.Phrase parsed = FilterExpression.Phrase.of(field, phrase.toString());
        if (parsed.words().isEmpty()) {
            throw errorAt(start, "the phrase \"" + phrase + "\" has no words");
        }
        return parsed;
    }

    private FilterExpression pattern(FilterField field) {
        int start = at++;
        StringBuilder source = new StringBuilder();
        while (at < text.length() && peek() != '/') {
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length() && peek() == '/') {
                c = text.charAt(at++); // \/ is a slash in the pattern
            } else if (c == '\\' && at < text.length()) {
                source.append(c);
                c = text.charAt(at++);
            }
            source.append(c);
        }
        if (at >= text.length()) {
            throw errorAt(start, "a pattern's '/' is not closed");
        }
        at++;
        int flagsStart = at;
        while (at < text.length() && Character.isLetter(peek())) {
            at++;
        }
        if (source.isEmpty()) {
            throw errorAt(start, "the pattern // is empty");
        }
        return new FilterExpression.Pattern(field, BoundedRegex.compile(source.toString(), text.substring(flagsStart, at)));
    }

    /** A run of characters up to space, a parenthesis, a quote or a colon. */
    private String word() {
        int start = at;
        while (at < text.length()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == ':') {
                break;
            }
            at++;
        }
        if (at == start) {
            throw error("unexpected '" + peek() + "'");
        }
        return text.substring(start, at);
    }

    private boolean keyword(String keyword) {
        skipSpace();
        if (lookingAtKeyword(keyword)) {
            at += keyword.length();
            return true;
        }
        return false;
    }

    private boolean lookingAtKeyword(String keyword) {
        if (!text.startsWith(keyword, at)) {
            return false;
        }
        int end = at + keyword.length();
        return end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(';
    }

    private FilterExpression nested(java.util.function.Supplier<FilterExpression> inner) {
        if (++depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return inner.get();
        } finally {
            depth--;
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(peek())) {
            at++;
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private InvalidFilterException error(String problem) {
        return errorAt(at, problem);
    }

    private InvalidFilterException errorAt(int position, String problem) {
        return new InvalidFilterException(problem + " at position " + (position + 1) + " of '" + text + "'");
    }
}
