package io.mediawire.host.web;

import io.mediawire.host.delivery.DeliveryEndpoint;
import io.mediawire.host.delivery.DeliveryRequest;
import io.mediawire.host.delivery.DeliveryResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /.rest/delivery/*}: hands every method to {@link DeliveryEndpoint} and sends its answer
 * through {@link ReadyAnswers}, which keeps the successful ones (validators, 304 and gzip are
 * decided there, the same way for a kept answer and a fresh one).
 */
final class DeliveryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient DeliveryEndpoint endpoint;
    private final transient ReadyAnswers answers;

    DeliveryServlet(DeliveryEndpoint endpoint, ReadyAnswers answers) {
        this.endpoint = endpoint;
        this.answers = answers;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String restPath = path.startsWith("/.rest/") ? path.substring("/.rest/".length()) : path;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        DeliveryResponse answer = endpoint.handle(
                new DeliveryRequest(request.getMethod(), restPath, request.getQueryString(), headers));
        answers.send(request, response, reply(answer, request.getMethod()));
    }

    private Reply reply(DeliveryResponse answer, String method) {
        Reply reply = Reply.of(answer.status(), answer.headers().get("Content-Type"),
                answer.json().getBytes(StandardCharsets.UTF_8)).compressible();
        answer.headers().forEach((name, value) -> {
            switch (name) {
                case "ETag" -> reply.validators(value, answers.changedAt()); // no answer is newer than the last change
                case "Content-Type" -> { }
                default -> reply.header(name, value);
            }
        });
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && answer.status() == HttpServletResponse.SC_OK && answer.dependsOn() != null) {
            reply.keep(answer.dependsOn());
        }
        return reply;
    }
}
