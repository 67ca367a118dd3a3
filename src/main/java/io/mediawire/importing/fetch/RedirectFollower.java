package io.mediawire.importing.fetch;

/**
 * Follows redirects by hand so that every hop gets the same checks as the first: URL rules, the address guard
 * (again at connect time, through the resolver) and, for page fetches, robots.txt.
 */
final class RedirectFollower {

    /** A check run before each hop, e.g. robots.txt. */
    interface HopCheck {
        void check(WebAddress url, Deadline deadline) throws FetchException;
    }

    private final HopClient hops;
    private final AddressGuard guard;
    private final int maxRedirects;
    private final HopCheck beforeEachHop;

    RedirectFollower(HopClient hops, AddressGuard guard, int maxRedirects, HopCheck beforeEachHop) {
        this.hops = hops;
        this.guard = guard;
        this.maxRedirects = maxRedirects;
        this.beforeEachHop = beforeEachHop;
    }

    /** The first non-redirect response; the caller reads and closes it. */
    Hop follow(WebAddress start, String accept, Deadline deadline) throws FetchException {
        return follow(start, accept, Validators.NONE, deadline);
    }

    /** As {@link #follow(WebAddress, String, Deadline)}, each hop conditional on {@code validators}. */
    Hop follow(WebAddress start, String accept, Validators validators, Deadline deadline) throws FetchException {
        WebAddress current = start;
        for (int redirects = 0; ; redirects++) {
            if (redirects == 0) {
                guard.preflight(current);
            } else {
                preflightRedirect(current, start);
            }
            beforeEachHop.check(current, deadline);
            Hop hop = hops.open(current, accept, validators, deadline);
            if (!isRedirect(hop.status())) {
                return hop;
            }
            String location = hop.header("Location");
            int status = hop.status();
            hop.close();
            if (location == null || location.isBlank()) {
                throw new FetchException(FetchException.Reason.HTTP_STATUS,
                        StatusText.describe(status) + " without a Location from " + current);
            }
            if (redirects >= maxRedirects) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                        "too many redirects (more than " + maxRedirects + ") starting at " + start);
            }
            current = current.redirect(location);
        }
    }

    private void preflightRedirect(WebAddress target, WebAddress start) throws FetchException {
        try {
            guard.preflight(target);
        } catch (FetchException e) {
            throw new FetchException(e.reason(), e.getMessage() + " (redirected from " + start + ")");
        }
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
