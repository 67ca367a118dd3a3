package io.mediawire.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.repository.EmbeddedRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UsersCommandTest {

    @Test
    void addsAnEditorWithThePasswordFromTheEnvironment(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of(UsersCommand.Add.PASSWORD_VARIABLE, "a long enough password");
        StringWriter out = new StringWriter();
        CommandLine add = new CommandLine(new UsersCommand.Add(env::get));
        add.setOut(new PrintWriter(out, true));
        assertEquals(0, add.execute("maria", "--role", "editor", "--home", home.toString()), out.toString());
        assertTrue(out.toString().contains("Added user maria (editor)"));

        StringWriter err = new StringWriter();
        CommandLine again = new CommandLine(new UsersCommand.Add(env::get));
        again.setErr(new PrintWriter(err, true));
        again.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("media-wire: " + e.getMessage());
            return 2;
        });
        assertEquals(2, again.execute("maria", "--home", home.toString()));
        assertTrue(err.toString().contains("already exists"), err.toString());

        System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
        try (EmbeddedRepository repository = EmbeddedRepository.open(home)) {
            UserStore users = new UserStore(repository, Clock.systemUTC());
            assertEquals(EnumSet.of(Role.EDITOR), users.find("maria").orElseThrow().roles());
            assertTrue(users.verify("maria", "a long enough password".toCharArray()).isPresent());
        }
    }

    @Test
    void withoutATerminalOrVariableItSaysWhatToSet(@TempDir Path home) {
        StringWriter err = new StringWriter();
        CommandLine add = new CommandLine(new UsersCommand.Add(name -> null));
        add.setErr(new PrintWriter(err, true));
        assertEquals(2, add.execute("maria", "--home", home.toString()));
        assertTrue(err.toString().contains("MEDIA_WIRE_USER_PASSWORD"), err.toString());
    }

    @Test
    void isASubcommandOfMediaWire() {
        CommandLine root = MediaWireCommand.commandLine();
        assertTrue(root.getSubcommands().containsKey("users"));
        assertTrue(root.getSubcommands().get("users").getSubcommands().containsKey("add"));
        assertFalse(root.getSubcommands().get("users").getSubcommands().isEmpty());
    }
}
