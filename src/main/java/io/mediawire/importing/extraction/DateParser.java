package io.mediawire.importing.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Lenient parsing of the date formats publishers put in meta tags and JSON-LD. A date without zone is UTC. */
final class DateParser {

    private static final DateTimeFormatter OFFSET_NO_COLON = new DateTimeFormatterBuilder()
        .appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]")
        .appendOffset("+HHMM", "Z")
        .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter SPACE_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

    private static final List<Function<String, Instant>> PARSERS = List.of(
        s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
        s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant(),
        s -> OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant(),
        s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC),
        s -> LocalDateTime.parse(s, SPACE_LOCAL).toInstant(ZoneOffset.UTC),
        s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
        s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC).toInstant());

    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d) ([+-]\\d{2}:?\\d{2})$");

    private DateParser() {
    }

    /** The instant, or null when the text is not a date this parser knows. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        s = SPACE_BEFORE_OFFSET.matcher(s).replaceFirst("$1$2");
        if (s.length() > 11 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(11)) && s.matches(".*[+-]\\d{2}:?\\d{2}$|.*Z$")) {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return parser.apply(s);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        if (s.matches("\\d{10}")) {
            return Instant.ofEpochSecond(Long.parseLong(s));
        }
        return null;
    }
}
