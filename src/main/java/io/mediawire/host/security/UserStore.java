package io.mediawire.host.security;

import io.mediawire.magnolia.SessionFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * Accounts of the authoring UI, one node per user in the {@code users} workspace:
 * {@code /<name>} with {@code passwordHash}, {@code roles}, {@code mgnl:created(By)}. The
 * workspace is the host's, not the media-wire module's: people are not content.
 */
public final class UserStore {
    public static final String WORKSPACE = "users";
    static final String PASSWORD_HASH = "passwordHash";
    static final String ROLES = "roles";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final SessionFactory sessions;
    private final String workspace;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String decoyHash;

    public UserStore(SessionFactory sessions, Clock clock) throws RepositoryException {
        this(sessions, clock, WORKSPACE);
    }

    UserStore(SessionFactory sessions, Clock clock, String workspace) throws RepositoryException {
        this.sessions = sessions;
        this.workspace = workspace;
        this.hasher = new PasswordHasher();
        this.clock = clock;
        this.decoyHash = hasher.decoy();
        sessions.ensureWorkspace(workspace);
    }

    /** A stored account, as the users page lists it (no hash). */
    public record Account(String name, Set<Role> roles, Instant created, String createdBy) {
        public User user() {
            return new User(name, roles);
        }
    }

    /** Adds a user; throws when the name is taken or invalid, or the password too weak. */
    public Account add(String name, char[] password, Set<Role> roles, String by) {
        String checked = checkName(name);
        checkRoles(roles);
        Passwords.check(password);
        return addHashed(checked, hasher.hash(password), roles, by);
    }

    private static void checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role (editor or admin)");
        }
    }

    /** Adds a user whose password was checked and hashed (by {@link PasswordHasher}) beforehand. */
    public Account addHashed(String name, String hash, Set<Role> roles, String by) {
        String checked = checkName(name);
        checkRoles(roles);
        Instant now = clock.instant();
        return write(session -> {
            Node root = session.getRootNode();
            if (root.hasNode(checked)) {
                throw new IllegalArgumentException("a user named '" + checked + "' already exists");
            }
            Node node = root.addNode(checked, "nt:unstructured");
            node.setProperty(PASSWORD_HASH, hash);
            node.setProperty(ROLES, roles.stream().map(Role::id).sorted().toArray(String[]::new));
            node.setProperty("mgnl:created", calendar(now));
            node.setProperty("mgnl:createdBy", by);
            try {
                session.save();
            } catch (ItemExistsException e) {
                throw new IllegalArgumentException("a user named '" + checked + "' already exists");
            }
            return new Account(checked, Set.copyOf(roles), now, by);
        });
    }

    public void changePassword(String name, char[] password) {
        Passwords.check(password);
        String hash = hasher.hash(password);
        write(session -> {
            Node node = existing(session, name).orElseThrow(() -> new IllegalArgumentException("no user named '" + name + "'"));
            node.setProperty(PASSWORD_HASH, hash);
            session.save();
            return null;
        });
    }

    /**
     * The user whose password this is. Unknown names cost the same hash as known ones, so the
     * response time does not tell which names exist.
     */
    public Optional<User> verify(String name, char[] password) {
        Optional<String[]> stored = read(session -> {
            Optional<Node> node = existing(session, name);
            if (node.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {node.get().getProperty(PASSWORD_HASH).getString(), node.get().getName()});
        });
        boolean matches = hasher.verify(password, stored.map(s -> s[0]).orElse(decoyHash));
        if (!matches || stored.isEmpty()) {
            return Optional.empty();
        }
        return find(stored.get()[1]).map(Account::user);
    }

    public Optional<Account> find(String name) {
        return read(session -> {
            Optional<Node> node = existing(session, name);
            return node.isEmpty() ? Optional.empty() : Optional.of(account(node.get()));
        });
    }

    public List<Account> list() {
        return read(session -> {
            List<Account> accounts = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.hasProperty(PASSWORD_HASH)) {
                    accounts.add(account(node));
                }
            }
            accounts.sort(java.util.Comparator.comparing(Account::name));
            return accounts;
        });
    }

    public boolean isEmpty() {
        return list().isEmpty();
    }

    /** The stored hash, for tests and audits that must show it is not the password. */
    public Optional<String> storedHash(String name) {
        return read(session -> {
            Optional<Node> node = existing(session, name);
            return node.isEmpty() ? Optional.empty() : Optional.of(node.get().getProperty(PASSWORD_HASH).getString());
        });
    }

    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("a user name is 1 to 64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit; got '"
                    + n + "'");
        }
        return n;
    }

    private static Optional<Node> existing(Session session, String name) throws RepositoryException {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Node root = session.getRootNode();
        return root.hasNode(name) && root.getNode(name).hasProperty(PASSWORD_HASH)
                ? Optional.of(root.getNode(name)) : Optional.empty();
    }

    private static Account account(Node node) throws RepositoryException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (node.hasProperty(ROLES)) {
            for (Value value : node.getProperty(ROLES).getValues()) {
                roles.add(Role.parse(value.getString()));
            }
        }
        Instant created = node.hasProperty("mgnl:created") ? node.getProperty("mgnl:created").getDate().toInstant() : null;
        String by = node.hasProperty("mgnl:createdBy") ? node.getProperty("mgnl:createdBy").getString() : null;
        return new Account(node.getName(), roles, created, by);
    }

    private static Calendar calendar(Instant at) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Session session) throws RepositoryException;
    }

    // One writer at a time, so "does the name exist" and "add it" cannot interleave.
    private synchronized <T> T write(Work<T> work) {
        return read(work);
    }

    private <T> T read(Work<T> work) {
        Session session = null;
        try {
            session = sessions.login(workspace);
            return work.run(session);
        } catch (RepositoryException e) {
            throw new IllegalStateException("the users workspace failed: " + e.getMessage(), e);
        } finally {
            if (session != null) {
                session.logout();
            }
        }
    }
}
