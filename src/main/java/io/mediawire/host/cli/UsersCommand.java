package io.mediawire.host.cli;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.host.repository.RepositoryInUseException;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code media-wire users}: manage authoring accounts while the server is stopped (else use the Users page). */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the users of the authoring UI.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code media-wire users add <name> --role editor --home DIR}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. The password comes from MEDIA_WIRE_USER_PASSWORD or is asked for twice.")
    static final class Add implements Callable<Integer> {
        static final String PASSWORD_VARIABLE = "MEDIA_WIRE_USER_PASSWORD";

        @Parameters(index = "0", description = "User name: lower-case letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--role", defaultValue = "editor", description = "editor or admin (default ${DEFAULT-VALUE}).")
        String role;

        @Option(names = "--home", defaultValue = "media-wire-home", description = "Repository folder (default ${DEFAULT-VALUE}).")
        Path home;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final Function<String, String> environment;

        Add() {
            this(System::getenv);
        }

        Add(Function<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Role chosen = Role.parse(role);
            String checkedName = UserStore.checkName(name);
            char[] password = password(err);
            if (password == null) {
                return 2;
            }
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
            try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
                UserStore users = new UserStore(repository, Clock.systemUTC());
                EnumSet<Role> roles = chosen == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.EDITOR) : EnumSet.of(Role.EDITOR);
                users.add(checkedName, password, roles, "media-wire users add");
                out.println("Added user " + checkedName + " (" + chosen.id() + ") to " + home.toAbsolutePath().normalize());
                return 0;
            } catch (RepositoryInUseException e) {
                err.println("media-wire: " + e.getMessage() + " While the server runs, an admin adds users on "
                        + "/.magnolia/admincentral/users.");
                return 3;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] password(PrintWriter err) {
            String given = environment.apply(PASSWORD_VARIABLE);
            if (given != null && !given.isEmpty()) {
                return given.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                err.println("media-wire: no terminal to ask for the password; set " + PASSWORD_VARIABLE + ".");
                return null;
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                err.println("media-wire: the two passwords differ; nothing was changed.");
                return null;
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    /** {@code media-wire users list --home DIR}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Option(names = "--home", defaultValue = "media-wire-home", description = "Repository folder (default ${DEFAULT-VALUE}).")
        Path home;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
            try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
                for (UserStore.Account account : new UserStore(repository, Clock.systemUTC()).list()) {
                    spec.commandLine().getOut().println(account.name() + "\t" + String.join(",",
                            account.roles().stream().map(Role::id).sorted().toList()));
                }
                return 0;
            }
        }
    }
}
