package io.mediawire.host.web;

import io.mediawire.host.security.AdminAccount;
import io.mediawire.host.admincentral.AppDefinitionReader;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Login;
import io.mediawire.host.security.LoginThrottle;
import io.mediawire.host.security.SessionStore;
import io.mediawire.host.admincentral.StoryBrowser;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.HostServices;
import io.mediawire.host.web.authoring.AuthoringServlets;
import java.io.PrintStream;
import java.util.function.Function;
import javax.jcr.RepositoryException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The authoring UI under {@code /.magnolia/admincentral}: users and sign-in, the Media Wire
 * app's story browser and detail form. On the first start (no users yet) it creates the admin
 * account. It also registers the {@link Authenticator} that the import API shares.
 */
public final class AuthoringFeature implements WebFeature {
    private final Function<String, String> environment;
    private final PrintStream out;

    public AuthoringFeature() {
        this(System::getenv, System.out);
    }

    AuthoringFeature(Function<String, String> environment, PrintStream out) {
        this.environment = environment;
        this.out = out;
    }

    @Override
    public void install(ServletContextHandler context, HostServices services) {
        UserStore users;
        try {
            users = new UserStore(services.sessions(), services.settings().clock());
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open the users workspace: " + e.getMessage(), e);
        }
        AdminAccount.ensure(users, environment, out);
        SessionStore sessions = new SessionStore(services.settings().clock());
        Authenticator authenticator = new Authenticator(
                new Login(users, new LoginThrottle(services.settings().clock())), sessions);
        authenticator.register(context.getServletContext());
        AuthoringServlets.install(context, authenticator, users,
                new StoryBrowser(services.stories(), services.sessions()),
                new AppDefinitionReader(services.definitions()), services.definitions(), services.settings().zone(),
                services.stories(), services.imports());
    }
}
