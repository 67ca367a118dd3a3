package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.web.WebFeature;
import io.mediawire.host.web.WebServices;
import io.mediawire.revisions.RevisionService;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authoring UI under {@code /.magnolia/admincentral}: sign-in, users, the Media Wire app's
 * story browser and detail form, the preview and the import dialog ({@code mediaWire/import}),
 * all behind one guard.
 */
public final class AuthoringFeature implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(AuthoringFeature.class);

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        Pages pages = new Pages();
        AuthoringContext shared = new AuthoringContext(services.stories(),
                new StoryBrowser(services.stories(), services.sessions()), new AppDefinitionReader(services.definitions()),
                pages, new StoryPresenter(services.settings().zone(),
                        services.components().getComponent(io.mediawire.images.StoryImages.class).orElse(null),
                        services.settings().clock()), services.site(),
                services.components().getComponent(RevisionService.class)
                        .orElseGet(() -> new RevisionService(services.stories())),
                new RevisionPresenter(services.settings().zone()));
        // "/x/*" also matches "/x" itself, so the guard and the fallback cover the root too.
        context.addFilter(new FilterHolder(new AdminCentralGuard(services.authenticator(), pages)), AdminPaths.ROOT + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("admincentral-fallback", new RootServlet(pages)), AdminPaths.ROOT + "/*");
        context.addServlet(new ServletHolder("admincentral-login", new LoginServlet(services.authenticator(), pages)),
                AdminPaths.LOGIN);
        context.addServlet(new ServletHolder("admincentral-logout", new LogoutServlet(services.authenticator())),
                AdminPaths.LOGOUT);
        ServletHolder list = new ServletHolder("admincentral-stories", new StoryListServlet(shared));
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP);
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP_ALIAS);
        context.addServlet(new ServletHolder("admincentral-story", new StoryServlet(shared)), AdminPaths.STORY + "*");
        context.addServlet(new ServletHolder("admincentral-users", new UsersServlet(services.users(), pages)), AdminPaths.USERS);
        context.addServlet(new ServletHolder("admincentral-preview", new PreviewServlet(shared)), AdminPaths.PREVIEW + "/*");
        ServletHolder importDialog = new ServletHolder("admincentral-import", new ImportDialogServlet(shared, services.imports()));
        importDialog.getRegistration().setMultipartConfig(new MultipartConfigElement(null,
                ImportDialogServlet.MAX_UPLOAD_BYTES, ImportDialogServlet.MAX_UPLOAD_BYTES + 64 * 1024, 256 * 1024));
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT);
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT + "/*");
        context.addServlet(new ServletHolder("admincentral-static", new StaticServlet(services.definitions())),
                AdminPaths.STATIC + "/*");
        reportUnusableApp(shared);
    }

    /**
     * Reads the app once at start so that a definition the host refuses (an unknown {@code $type} or
     * key, say) is reported with its file and key right away, not only when someone opens the app.
     * The host still starts: the public site does not need the app.
     */
    private static void reportUnusableApp(AuthoringContext shared) {
        try {
            shared.app();
        } catch (IllegalStateException e) {
            LOG.error("The authoring app cannot be used: {}", e.getMessage());
        }
    }
}
