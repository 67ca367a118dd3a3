package io.mediawire.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users in a real repository, the first admin, and the Authenticator the authoring UI and the import API share. */
class UsersAndAuthenticatorTest {
    static final String PASSWORD = "correct horse battery";
    static final String ADDRESS = "127.0.0.1";

    @TempDir
    static Path home;
    static EmbeddedRepository repository;
    static MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
    static UserStore users;
    static Authenticator authenticator;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        repository = EmbeddedRepository.open(home);
        users = new UserStore(repository, clock);
        users.add("ann", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        users.add("ben", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        authenticator = new Authenticator(new Login(users, new LoginThrottle(clock)), new SessionStore(clock),
                new LoginFormTokens(clock));
    }

    @AfterAll
    static void stop() {
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
    void theAdminPreparedAheadOfTheStartIsTheOneCreated() throws Exception {
        // What a start on a new home does: the hash is made on another thread while the repository starts.
        UserStore fresh = new UserStore(repository, clock, "users-ahead");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(AdminAccount.PASSWORD_VARIABLE, "prepared well ahead");
        assertTrue(AdminAccount.ensure(fresh, AdminAccount.prepareAhead(env::get), new PrintStream(out)));
        assertTrue(fresh.verify("admin", "prepared well ahead".toCharArray()).orElseThrow().isAdmin());

        UserStore weak = new UserStore(repository, clock, "users-ahead-weak");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> AdminAccount.ensure(weak, AdminAccount.prepareAhead(n -> "admin"), new PrintStream(out)));
        assertTrue(refused.getMessage().startsWith(AdminAccount.PASSWORD_VARIABLE + " is too weak"), refused.getMessage());
        assertTrue(weak.isEmpty());
    }

    @Test
    void theAuthenticatorAcceptsBasicCredentialsWithoutACsrfToken() {
        Credentials ann = authorization("Basic " + basic("ann", PASSWORD));
        Caller caller = authenticator.identify(ann);
        assertEquals(new Caller.Basic(users.find("ann").orElseThrow().user()), caller);
        assertTrue(authenticator.mayChangeState(caller, ann), "Basic is never sent by a browser on its own: no token needed");
        assertEquals(new Caller.Anonymous(), authenticator.identify(authorization("Basic " + basic("ann", "not the password"))));
        assertEquals(new Caller.Anonymous(), authenticator.identify(authorization("Basic !!!")));
        assertEquals(new Caller.Anonymous(), authenticator.identify(authorization("Bearer xyz")));
        assertEquals(new Caller.Anonymous(), authenticator.identify(authorization(null)));
        assertFalse(authenticator.mayChangeState(new Caller.Anonymous(), authorization(null)));
    }

    @Test
    void theAuthenticatorAcceptsTheSessionCookieButWantsItsTokenForChanges() {
        AuthSession session = authenticator.sessions().start(users.find("ben").orElseThrow().user());
        Credentials withoutToken = new Credentials(session.id(), null, null, ADDRESS);
        Caller caller = authenticator.identify(withoutToken);
        assertEquals("ben", caller.user().orElseThrow().name());
        assertFalse(authenticator.mayChangeState(caller, withoutToken));
        assertFalse(authenticator.mayChangeState(caller, new Credentials(session.id(), null, "not the token", ADDRESS)));
        Credentials withToken = new Credentials(session.id(), null, session.csrfToken(), ADDRESS);
        assertTrue(authenticator.mayChangeState(authenticator.identify(withToken), withToken));
        assertEquals(new Caller.Anonymous(), authenticator.identify(new Credentials("no such session", null, null, ADDRESS)));
    }

    @Test
    void basicGuessingIsThrottledToo() throws Exception {
        users.add("gus", PASSWORD.toCharArray(), EnumSet.of(Role.EDITOR), "test");
        authenticator.identify(authorization("Basic " + basic("gus", "guess one")));
        authenticator.identify(authorization("Basic " + basic("gus", "guess two")));
        assertEquals(new Caller.Anonymous(), authenticator.identify(authorization("Basic " + basic("gus", "guess three"))),
                "three failures are free");
        assertEquals(new Caller.Throttled(1), authenticator.identify(authorization("Basic " + basic("gus", "guess four"))));
        assertEquals(new Caller.Throttled(1), authenticator.identify(authorization("Basic " + basic("gus", PASSWORD))),
                "even the right one, for now");
    }

    private static Credentials authorization(String header) {
        return new Credentials(null, header, null, ADDRESS);
    }

    private static String basic(String name, String password) {
        return Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
