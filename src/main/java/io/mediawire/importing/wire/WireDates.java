package io.mediawire.importing.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The times wire items carry: ISO 8601 with an offset (ninjs, NewsML-G2), sometimes a date alone or a time
 * without its zone (taken as UTC), and NewsML 1's compact {@code 20130516T040100+0000}. A value none of these
 * read is dropped with a warning, never guessed.
 */
final class WireDates {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssXX");

    private WireDates() {
    }

    static Instant parse(String value, String field, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            // the forms below
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // the forms below
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            // the form below
        }
        try {
            return OffsetDateTime.parse(v, COMPACT).toInstant();
        } catch (DateTimeParseException unreadable) {
            warnings.add(field + " dropped: '" + v + "' is not a date and time");
            return null;
        }
    }
}
