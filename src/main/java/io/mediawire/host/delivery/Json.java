package io.mediawire.host.delivery;

/** Small text helpers for messages that echo user input. */
final class Json {
    private Json() {
    }

    /** Input cut to a readable length with control characters shown as '?', for error messages. */
    static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
