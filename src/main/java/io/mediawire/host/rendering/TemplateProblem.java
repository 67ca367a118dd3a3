package io.mediawire.host.rendering;

/** A template could not be read or failed while rendering: which one, where, and why. */
public final class TemplateProblem extends Exception {
    private final String template;
    private final int line;
    private final String reason;

    TemplateProblem(String template, int line, String reason, Throwable cause) {
        super(template + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.template = template;
        this.line = line;
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String template() {
        return template;
    }

    /** 1-based, 0 when unknown. */
    public int line() {
        return line;
    }
}
