package io.mediawire.rendering;

/** Pages that must work when the templates do not: plain HTML, no details for the visitor. */
final class ErrorPages {
    private ErrorPages() {
    }

    static String serverError(String siteName) {
        return page(siteName, "Sorry, something went wrong", "This page could not be shown right now. Please try again later.");
    }

    static String notFound(String siteName) {
        return page(siteName, "Page not found", "There is no story at this address.");
    }

    private static String page(String siteName, String title, String message) {
        String site = TimeMarkers.escape(siteName);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " | " + site + "</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5\">"
                + "<p><a href=\"/media-wire/\">" + site + "</a></p><h1>" + title + "</h1><p>" + message + "</p></body></html>\n";
    }
}
