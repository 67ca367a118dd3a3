package io.mediawire.importing.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as feeds write them. RFC 822/1123 (RSS): day name optional, one- or two-digit day, full or abbreviated
 * month, two- or four-digit year, seconds optional, zone as a name (GMT, UT, UTC, Z, the US zones, a few common
 * European ones), a numeric offset with or without colon, or missing (taken as UTC). RFC 3339 / ISO 8601 / W3C-DTF
 * (Atom, JSON Feed, dc:date): date alone, minutes, seconds and fractions, 'T' or a space, Z or an offset.
 */
final class FeedDates {
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern RFC_822 = Pattern.compile(
            "^(?:[a-z]{3,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+(" + MONTHS + ")[a-z]*\\.?[\\s-]+(\\d{2}|\\d{4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([a-z]{1,5}|[+-]\\d{2}:?\\d{2}|[+-]\\d{4})?"
                    + "(?:\\s*\\(.*\\))?$");
    private static final Pattern ISO_8601 = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[t\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?)?$");

    /** Zone names with a fixed meaning in feeds. Ambiguous ones (IST, CST-for-China, ...) are read the RFC 822 way or not at all. */
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("z", 0),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("met", 60), Map.entry("mest", 120),
            Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("wet", 0), Map.entry("west", 60));

    private FeedDates() {
    }

    /** @return the instant, or null when the text is not a date this class can read */
    static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return null;
        try {
            Matcher iso = ISO_8601.matcher(s);
            if (iso.matches()) return iso(iso);
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.matches()) return rfc822(rfc);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // right shape, impossible values: 31 February, hour 25
        }
        return null;
    }

    private static Instant iso(Matcher m) {
        int nanos = 0;
        if (m.group(7) != null) nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        return local.toInstant(offset(m.group(8)));
    }

    private static Instant rfc822(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900;
        int month = (MONTHS.indexOf(m.group(2)) / 4) + 1;
        LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return local.toInstant(offset(m.group(7)));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) return ZoneOffset.UTC;
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer minutes = ZONE_MINUTES.get(zone);
        if (minutes != null) return ZoneOffset.ofTotalSeconds(minutes * 60);
        if (zone.length() == 1) return ZoneOffset.UTC; // RFC 822 military zones: their signs were defined backwards, so 1123 says treat as UTC
        throw new DateTimeException("unknown zone " + zone);
    }
}
