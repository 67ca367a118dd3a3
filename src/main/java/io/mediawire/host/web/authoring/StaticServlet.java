package io.mediawire.host.web.authoring;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UI's own CSS and JS: {@code /.magnolia/admincentral/static/<path>} serves the light
 * module's {@code webresources/<path>}, so the authoring UI works before (and apart from) the
 * site's {@code /.resources/*} servlet.
 */
final class StaticServlet extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[a-z0-9_-]+/)*[a-zA-Z0-9_-]+\\.(js|css|svg|png|ico)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final transient DefinitionRegistry registry;

    StaticServlet(DefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var matcher = SAFE_PATH.matcher(path);
        Optional<byte[]> bytes = matcher.matches() ? registry.resource("media-wire", "webresources/" + path) : Optional.empty();
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(matcher.group(1)));
        response.setHeader("Cache-Control", registry.developmentMode() ? "no-cache" : "public, max-age=300");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
