package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.testing.MutableClock;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users in a real repository, the first admin, and the Authenticator the import API uses, over real HTTP. */
class UsersAndAuthenticatorTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    static UserStore users;
    static Authenticator authenticator;
    static Server server;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        repository = EmbeddedRepository.open(home);
        users = new UserStore(repository, clock);
        users.add("ann", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("ben", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        authenticator = new Authenticator(new Login(users, new LoginThrottle(clock)), new SessionStore(clock));

        // What the import API does: find the shared Authenticator, ask who is calling.
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        authenticator.register(context.getServletContext());
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Authenticator auth = Authenticator.from(request.getServletContext());
                Optional<User> user = auth.authenticate(request);
                if (user.isEmpty()) {
                    Object retry = request.getAttribute(Authenticator.RETRY_AFTER_ATTRIBUTE);
                    if (retry != null) {
                        response.setHeader("Retry-After", retry.toString());
                    }
                    response.sendError(401);
                    return;
                }
                response.getWriter().write(user.get().name() + " csrf=" + auth.validCsrf(request, user.get()));
            }
        }), "/whoami");
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        repository.close();
    }

    @Test
    void storedHashesAreNotThePasswordAndDifferForTheSamePassword() {
        String ann = users.storedHash("ann").orElseThrow();
        String ben = users.storedHash("ben").orElseThrow();
        assertNotEquals(ann, ben);
        for (String hash : new String[] {ann, ben}) {
            assertFalse(hash.contains(PASSWORD));
            assertFalse(hash.contains(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))));
            assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
        }
    }

    @Test
    void verifyKnowsTheRightPasswordOnly() {
        assertEquals("ann", users.verify("ann", PASSWORD.toCharArray()).orElseThrow().name());
        assertTrue(users.verify("ann", "wrong password!".toCharArray()).isEmpty());
        assertTrue(users.verify("nobody", PASSWORD.toCharArray()).isEmpty());
        assertTrue(users.verify("../ann", PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    void namesArePlainAndUnique() {
        assertThrows(IllegalArgumentException.class, () -> users.add("ann", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "t"));
        for (String bad : new String[] {"", "Ann", "a/b", "a b", "../x", "x".repeat(65), "-x"}) {
            assertThrows(IllegalArgumentException.class, () -> users.add(bad, PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "t"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> users.add("cleo", PASSWORD.toCharArray(), EnumSet.noneOf(Role.class), "t"));
    }

    @Test
    void theFirstStartCreatesAnAdminWithAGeneratedPasswordPrintedOnce() throws Exception {
        UserStore fresh = new UserStore(repository, clock, "users-generated");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(AdminAccount.ensure(fresh, name -> null, new PrintStream(out, true, StandardCharsets.UTF_8)));
        Matcher printed = Pattern.compile("with the password (\\S+)").matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(printed.find(), out.toString(StandardCharsets.UTF_8));
        String password = printed.group(1);
        assertTrue(password.length() >= 20);
        User admin = fresh.verify("admin", password.toCharArray()).orElseThrow();
        assertTrue(admin.isAdmin() && admin.canEdit());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertFalse(AdminAccount.ensure(fresh, name -> "another password 123", new PrintStream(again)));
        assertEquals(0, again.size(), "printed once, on the first start only");
        assertTrue(fresh.verify("admin", password.toCharArray()).isPresent());
    }

    @Test
    void theAdminPasswordCanComeFromTheEnvironment() throws Exception {
        UserStore fresh = new UserStore(repository, clock, "users-env");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(AdminAccount.PASSWORD_VARIABLE, "from the environment");
        assertTrue(AdminAccount.ensure(fresh, env::get, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("from the environment"), "never echoed");
        assertTrue(fresh.verify("admin", "from the environment".toCharArray()).isPresent());

        UserStore weak = new UserStore(repository, clock, "users-weak");
        assertThrows(IllegalStateException.class, () -> AdminAccount.ensure(weak, n -> "admin", new PrintStream(out)));
    }

    @Test
    void theAuthenticatorAcceptsBasicCredentialsWithoutACsrfToken() throws Exception {
        HttpResponse<String> ok = whoami("Basic " + basic("ann", PASSWORD));
        assertEquals(200, ok.statusCode());
        assertEquals("ann csrf=true", ok.body(), "Basic is never sent by a browser on its own: no token needed");
        assertEquals(401, whoami("Basic " + basic("ann", "not the password")).statusCode());
        assertEquals(401, whoami("Basic !!!").statusCode());
        assertEquals(401, whoami("Bearer xyz").statusCode());
        assertEquals(401, whoami(null).statusCode());
    }

    @Test
    void theAuthenticatorAcceptsTheSessionCookieButWantsItsTokenForChanges() throws Exception {
        AuthSession session = authenticator.sessions().start(users.find("ben").orElseThrow().user());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(base.resolve("/whoami"))
                .header("Cookie", Authenticator.SESSION_COOKIE + "=" + session.id()).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("ben csrf=false", withoutToken.body());
        HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(base.resolve("/whoami"))
                .header("Cookie", Authenticator.SESSION_COOKIE + "=" + session.id())
                .header(Authenticator.CSRF_HEADER, session.csrfToken()).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("ben csrf=true", withToken.body());
    }

    @Test
    void basicGuessingIsThrottledToo() throws Exception {
        users.add("gus", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        whoami("Basic " + basic("gus", "guess one"));
        whoami("Basic " + basic("gus", "guess two"));
        HttpResponse<String> third = whoami("Basic " + basic("gus", "guess three"));
        assertEquals(401, third.statusCode());
        assertEquals("1", third.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(401, whoami("Basic " + basic("gus", PASSWORD)).statusCode(), "even the right one, for now");
    }

    private static HttpResponse<String> whoami(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/whoami")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String name, String password) {
        return Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
