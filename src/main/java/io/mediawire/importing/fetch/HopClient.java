package io.mediawire.importing.fetch;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/** Sends one GET (no redirect following) and waits for the response headers, within the fetch's deadline. */
final class HopClient {

    private final HttpClient client;
    private final FetchPolicy policy;

    HopClient(HttpClient client, FetchPolicy policy) {
        this.client = client;
        this.policy = policy;
    }

    Hop open(WebAddress url, String accept, Deadline deadline) throws FetchException {
        return open(url, accept, Validators.NONE, deadline);
    }

    /** As {@link #open(WebAddress, String, Deadline)}, conditional on {@code validators} when it has any. */
    Hop open(WebAddress url, String accept, Validators validators, Deadline deadline) throws FetchException {
        deadline.check(url);
        Request request = client.newRequest(url.uri())
                .method(HttpMethod.GET)
                .followRedirects(false)
                .headers(h -> {
                    h.put(HttpHeader.USER_AGENT, policy.userAgent())
                            .put(HttpHeader.ACCEPT, accept)
                            .put(HttpHeader.ACCEPT_ENCODING, "gzip, deflate");
                    if (validators.etag() != null) {
                        h.put(HttpHeader.IF_NONE_MATCH, validators.etag());
                    }
                    if (validators.lastModified() != null) {
                        h.put(HttpHeader.IF_MODIFIED_SINCE, validators.lastModified());
                    }
                })
                .idleTimeout(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .timeout(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            // Jetty's own total timeout fires first; the margin only guards against it not doing so
            Response response = listener.get(deadline.remainingMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Hop(url, response, listener);
        } catch (TimeoutException e) {
            request.abort(e);
            throw deadline.timeout(url);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, "interrupted while fetching " + url);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), url, deadline);
        }
    }

    /** Turns what Jetty or the body stream threw into an editor-facing reason, never quoting server content. */
    FetchException failure(Throwable thrown, WebAddress url, Deadline deadline) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FetchException fe) {
                return fe;
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SocketTimeoutException && message.contains("Connect")) {
                return new FetchException(FetchException.Reason.TIMEOUT, "timed out after "
                        + Describe.duration(policy.connectTimeout()) + " connecting to " + url.authority(), thrown);
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                if (deadline.expired() || message.startsWith("Total timeout")) {
                    return deadline.timeout(url);
                }
                return new FetchException(FetchException.Reason.TIMEOUT, "timed out after "
                        + Describe.duration(policy.readTimeout()) + " waiting for " + url, thrown);
            }
            if (t instanceof ConnectException) {
                return new FetchException(FetchException.Reason.NETWORK,
                        "could not connect to " + url.authority() + " (connection refused)", thrown);
            }
            if (t instanceof UnknownHostException) {
                return new FetchException(FetchException.Reason.NETWORK,
                        "could not find the host " + url.host(), thrown);
            }
            if (t instanceof SSLException) {
                return new FetchException(FetchException.Reason.NETWORK,
                        "secure connection to " + url.authority() + " failed (certificate or TLS problem)", thrown);
            }
        }
        String kind = thrown == null ? "unknown error" : thrown.getClass().getSimpleName();
        return new FetchException(FetchException.Reason.NETWORK,
                "network error fetching " + url + " (" + kind + ")", thrown);
    }
}
