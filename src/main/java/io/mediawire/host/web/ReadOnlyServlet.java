package io.mediawire.host.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A resource that is only read, over GET and HEAD. Subclasses say what to answer ({@link #reply});
 * the steps every such answer takes are in {@link ReadyAnswers#send} once: headers, validators, the
 * conditional GET's 304, the body, gzipped where the reply allows it and left out for HEAD, and
 * keeping the answer for the next request where the reply allows that. Other methods get the
 * servlet API's default answers.
 */
abstract class ReadOnlyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ReadyAnswers answers;

    /** A resource whose answers are never kept. */
    protected ReadOnlyServlet() {
        this(null);
    }

    /** A resource whose answers {@code answers} may keep, when its reply says so. */
    protected ReadOnlyServlet(ReadyAnswers answers) {
        this.answers = answers != null ? answers : ReadyAnswers.none();
    }

    /** The answer to a GET of this request; HEAD sends the same without the body. */
    protected abstract Reply reply(HttpServletRequest request) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.send(request, response, reply(request));
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.send(request, response, reply(request));
    }
}
