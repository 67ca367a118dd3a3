package io.mediawire.host.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A resource that is only read, over GET and HEAD. Subclasses say what to answer ({@link #reply});
 * the steps every such answer takes are here once: headers, validators, the conditional GET's 304,
 * then the body, gzipped where the reply allows it and left out for HEAD. Other methods get the
 * servlet API's default answers.
 */
abstract class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The answer to a GET of this request; HEAD sends the same without the body. */
    protected abstract Reply reply(HttpServletRequest request) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, reply(request));
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, reply(request));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Reply reply) throws IOException {
        reply.headers().forEach(response::setHeader);
        if (reply.etag() != null) {
            response.setHeader("ETag", reply.etag());
        }
        if (reply.lastModified() != null) {
            response.setDateHeader("Last-Modified", reply.lastModified().toEpochMilli());
        }
        if (reply.status() == HttpServletResponse.SC_OK && reply.etag() != null
                && Conditional.notModified(request, reply.etag(), reply.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(reply.status());
        if (reply.contentType() != null) {
            response.setContentType(reply.contentType());
        }
        HttpBodies.write(request, response, reply.body(), reply.isCompressible());
    }
}
