package io.mediawire.host.rendering;

import io.mediawire.templating.TimeMarkers;

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

    /** The site's own stylesheet and classes: the page's Content-Security-Policy allows no inline style. */
    private static String page(String siteName, String title, String message) {
        String site = TimeMarkers.escape(siteName);
        return "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + title + " | " + site + "</title>"
                + "<link rel=\"stylesheet\" href=\"/.resources/media-wire/webresources/css/media-wire.css\"></head>"
                + "<body><header class=\"site-header\"><div class=\"wrap site-header__inner\">"
                + "<a class=\"site-name\" href=\"/media-wire/\">" + site + "</a></div></header>"
                + "<main id=\"main\" class=\"wrap\"><section class=\"not-found\"><h1>" + title + "</h1><p>" + message
                + "</p><p><a class=\"button\" href=\"/media-wire/\">Latest stories</a></p></section></main></body></html>\n";
    }
}
