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

/** {@code /.rest/delivery/*}: hands every method to {@link DeliveryEndpoint} and writes its answer. */
final class DeliveryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient DeliveryEndpoint endpoint;

    DeliveryServlet(DeliveryEndpoint endpoint) {
        this.endpoint = endpoint;
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
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.status() == 204 || answer.status() == 304) {
            return;
        }
        HttpBodies.write(request, response, answer.json().getBytes(StandardCharsets.UTF_8));
    }
}
