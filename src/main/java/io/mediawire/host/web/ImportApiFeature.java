package io.mediawire.host.web;

import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Caller;
import io.mediawire.host.security.Credentials;
import io.mediawire.host.security.User;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * {@code /.rest/mediawire/v1/imports}: the import API, for editors only, authenticated by the
 * same {@link Authenticator} as the authoring UI (a browser signed in there may call it).
 */
public final class ImportApiFeature implements WebFeature {

    @Override
    public void install(ServletContextHandler context, WebServices services) {
        Authenticator authenticator = services.authenticator();
        EditorAuthentication editors = (request, changesState) -> {
            Credentials credentials = RequestCredentials.of(request);
            Caller caller = authenticator.identify(credentials);
            if (caller instanceof Caller.Throttled throttled) {
                return new EditorAuthentication.Check(EditorAuthentication.Result.THROTTLED, null,
                        throttled.retryAfterSeconds());
            }
            Optional<User> user = caller.user();
            if (user.isEmpty() || !user.get().canEdit()) {
                return new EditorAuthentication.Check(EditorAuthentication.Result.ANONYMOUS, null);
            }
            if (changesState && !authenticator.mayChangeState(caller, credentials)) {
                return new EditorAuthentication.Check(EditorAuthentication.Result.BAD_CSRF, user.get().name());
            }
            return EditorAuthentication.Check.ok(user.get().name());
        };
        ServletHolder api = new ServletHolder("import-api", new ImportApiServlet(services.imports(), editors));
        context.getServletHandler().addServletWithMapping(api, ImportApiServlet.PATH);
        context.getServletHandler().addServletWithMapping(api, ImportApiServlet.PATH + "/*");
    }
}
