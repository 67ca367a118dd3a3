package io.mediawire.host.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * {@code /.health}: 200 {"status":"UP"} while the repository answers, 503 otherwise; and
 * {@code /.health/cache} for editors ({@link CacheHealthServlet}).
 */
public final class HealthFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        context.addServlet(new ServletHolder("health", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                boolean up = services.repositoryUp().getAsBoolean();
                response.setStatus(up ? 200 : 503);
                response.setContentType("application/json");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
            }
        }), "/.health");
        context.getServletHandler().addServletWithMapping(new ServletHolder("cache-health", new CacheHealthServlet(
                services.answers(), services.site(), EditorAuthentication.of(services.authenticator()))),
                CacheHealthServlet.PATH);
    }
}
