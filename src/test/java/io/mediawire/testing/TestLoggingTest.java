package io.mediawire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What tests log (negative tests log errors on purpose) goes to target/test.log, so a passing run reads as one. */
class TestLoggingTest {
    @Test
    void nothingIsLoggedToTheConsoleAndErrorsReachTheTestLog() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> consoles = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
                Appender<ILoggingEvent> appender = it.next();
                if (appender instanceof ConsoleAppender) {
                    consoles.add(logger.getName() + " -> " + appender.getName());
                }
            }
        }
        assertEquals(List.of(), consoles);

        String marker = "deliberate error " + UUID.randomUUID();
        LoggerFactory.getLogger("io.mediawire.testing.TestLoggingTest").error(marker, new IllegalStateException("its trace"));
        String log = Files.readString(Path.of("target/test.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains(marker) && log.contains("java.lang.IllegalStateException: its trace"),
                "the error and its stack trace are in target/test.log");
    }
}
