package io.mediawire.importing.fetch;

import org.eclipse.jetty.http.HttpStatus;

/** The standard reason phrase for a status; the server's own phrase is server-controlled text we do not repeat. */
public final class StatusText {

    private StatusText() {
    }

    public static String of(int status) {
        String text = HttpStatus.getMessage(status);
        return text == null || text.equals(String.valueOf(status)) ? "" : text;
    }

    /** "HTTP 404 Not Found", "HTTP 599". */
    static String describe(int status) {
        String text = of(status);
        return text.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + text;
    }
}
