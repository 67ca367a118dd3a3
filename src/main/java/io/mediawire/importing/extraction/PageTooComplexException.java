package io.mediawire.importing.extraction;

/**
 * A page that would cost more to process than {@link PageBudget} allows: too many elements, nested too deep, or
 * taking too long. The message starts with "too complex: " and names the limit.
 */
public final class PageTooComplexException extends RuntimeException {
    PageTooComplexException(String why) {
        super("too complex: " + why);
    }
}
