package io.mediawire.host.web.authoring;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.mediawire.host.security.AuthSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the authoring UI's FreeMarker templates (classpath
 * {@code io/mediawire/host/web/authoring/templates/*.ftlh}) with HTML auto-escaping always on, adding
 * what every page needs: the signed-in user, the CSRF token, the paths.
 */
public final class Pages {
    public static final String SESSION_ATTRIBUTE = Pages.class.getName() + ".session";
    private final Configuration freemarker;
    private volatile boolean wireApps;

    public Pages() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(Pages.class, "/io/mediawire/host/web/authoring/templates");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** The Sources and Feeds apps are served: the main navigation offers them. */
    void offerWireApps() {
        wireApps = true;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        Map<String, Object> data = new HashMap<>(model);
        Map<String, String> paths = new HashMap<>(Map.of("root", AdminPaths.ROOT, "app", AdminPaths.APP,
                "login", AdminPaths.LOGIN, "logout", AdminPaths.LOGOUT, "users", AdminPaths.USERS,
                "static", AdminPaths.STATIC, "importPath", AdminPaths.IMPORT));
        if (wireApps) {
            paths.put("sources", AdminPaths.SOURCES);
            paths.put("feeds", AdminPaths.FEEDS);
        }
        data.put("paths", paths);
        Object session = request.getAttribute(SESSION_ATTRIBUTE);
        if (session instanceof AuthSession s) {
            data.put("user", s.user());
            data.put("csrf", s.csrfToken());
        }
        Template page = freemarker.getTemplate(template + ".ftlh");
        SecurityHeaders.apply(response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        try {
            // Into a buffer first: a template error then gives a clean error page, not half a page.
            StringWriter html = new StringWriter(8192);
            page.process(data, html);
            response.getWriter().write(html.toString());
        } catch (TemplateException e) {
            throw new IOException("template " + template + " failed: " + e.getMessage(), e);
        }
    }
}
