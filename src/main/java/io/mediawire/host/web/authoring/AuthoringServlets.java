package io.mediawire.host.web.authoring;

import io.mediawire.importing.ImportService;
import jakarta.servlet.MultipartConfigElement;

import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.story.StoryStore;
import jakarta.servlet.DispatcherType;
import java.time.ZoneId;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * Mounts the authoring UI's guard and servlets, the import dialog ({@code mediaWire/import}) among them.
 */
public final class AuthoringServlets {
    private AuthoringServlets() {
    }

    public static void install(ServletContextHandler context, Authenticator authenticator, UserStore users,
                               StoryBrowser browser, AppDefinitionReader apps, DefinitionRegistry registry, ZoneId zone,
                               StoryStore stories, ImportService imports) {
        Pages pages = new Pages();
        AuthoringContext shared = new AuthoringContext(stories, browser, apps, pages, new StoryPresenter(zone));
        // "/x/*" also matches "/x" itself, so the guard and the fallback cover the root too.
        context.addFilter(new FilterHolder(new AdminCentralGuard(authenticator, pages)), AdminPaths.ROOT + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("admincentral-fallback", new RootServlet(pages)), AdminPaths.ROOT + "/*");
        context.addServlet(new ServletHolder("admincentral-login", new LoginServlet(authenticator, pages)), AdminPaths.LOGIN);
        context.addServlet(new ServletHolder("admincentral-logout", new LogoutServlet(authenticator)), AdminPaths.LOGOUT);
        ServletHolder list = new ServletHolder("admincentral-stories", new StoryListServlet(shared));
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP);
        context.getServletHandler().addServletWithMapping(list, AdminPaths.APP_ALIAS);
        context.addServlet(new ServletHolder("admincentral-story", new StoryServlet(shared)), AdminPaths.STORY + "*");
        context.addServlet(new ServletHolder("admincentral-users", new UsersServlet(users, pages)), AdminPaths.USERS);
        context.addServlet(new ServletHolder("admincentral-preview", new PreviewServlet(shared)), AdminPaths.PREVIEW + "/*");
        ServletHolder importDialog = new ServletHolder("admincentral-import", new ImportDialogServlet(shared, imports));
        importDialog.getRegistration().setMultipartConfig(new MultipartConfigElement(null,
                ImportDialogServlet.MAX_UPLOAD_BYTES, ImportDialogServlet.MAX_UPLOAD_BYTES + 64 * 1024, 256 * 1024));
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT);
        context.getServletHandler().addServletWithMapping(importDialog, AdminPaths.IMPORT + "/*");
        context.addServlet(new ServletHolder("admincentral-static", new StaticServlet(registry)), AdminPaths.STATIC + "/*");
    }
}
