package io.mediawire.host.web;

import io.mediawire.host.security.Authenticator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * {@code /.rest/mediawire/v1/imports}: the import API, for editors only, authenticated by the
 * same {@link Authenticator} as the authoring UI (a browser signed in there may call it).
 */
public final class ImportApiFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        EditorAuthentication editors = EditorAuthentication.of(services.authenticator());
        ServletHolder api = new ServletHolder("import-api", new ImportApiServlet(services.imports(), editors));
        context.getServletHandler().addServletWithMapping(api, ImportApiServlet.PATH);
        context.getServletHandler().addServletWithMapping(api, ImportApiServlet.PATH + "/*");
    }
}
