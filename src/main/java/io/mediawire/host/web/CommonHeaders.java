package io.mediawire.host.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What every answer of the host carries, whichever feature wrote it, and the container's own
 * error pages too: {@code X-Content-Type-Options: nosniff}, so no browser reads JSON, a feed or
 * YAML as HTML or script. One handler around all the features instead of a header in each servlet,
 * so a new feature cannot forget it; {@link ContainerErrors} covers the requests the container
 * refuses before any handler sees them (a malformed request line or URI).
 */
public final class CommonHeaders extends Handler.Wrapper {
    public CommonHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        add(response.getHeaders());
        return super.handle(request, response, callback);
    }

    private static void add(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
    }

    /** The server's error handler: Jetty's pages, with the common headers. */
    public static final class ContainerErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            add(response.getHeaders());
            return super.handle(request, response, callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            add(fields);
            return super.badMessageError(status, reason, fields);
        }
    }
}
