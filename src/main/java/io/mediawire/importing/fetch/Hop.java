package io.mediawire.importing.fetch;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Response;

/** One answered request whose body has not been read yet. Closing it abandons the rest of the body. */
final class Hop implements AutoCloseable {

    private final WebAddress url;
    private final Response response;
    private final InputStreamResponseListener listener;

    Hop(WebAddress url, Response response, InputStreamResponseListener listener) {
        this.url = url;
        this.response = response;
        this.listener = listener;
    }

    WebAddress url() {
        return url;
    }

    int status() {
        return response.getStatus();
    }

    /** A response header, or null. */
    String header(String name) {
        return response.getHeaders().get(name);
    }

    long contentLength() {
        return response.getHeaders().getLongField("Content-Length");
    }

    InputStream body() {
        return listener.getInputStream();
    }

    @Override
    public void close() {
        try {
            listener.close(); // aborts the exchange if the body was not read to the end
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
