package io.mediawire.templating;

import io.mediawire.magnolia.SimpleTranslator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;

/**
 * "just now", "1 minute ago", "7 hours ago", "3 days ago", then a date such as "12 March 2025"
 * in the site's zone. Counts are whole elapsed units, so they do not depend on the zone; only the
 * date does. {@link #lastChange} says when the text last changed, which is what a page's
 * Last-Modified must reflect when the text is filled in at serve time.
 */
public final class RelativeTime {
    static final long MINUTE = 60;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    static final long WEEK = 7 * DAY;
    private static final String DATE_TIME_PATTERN = "mw.time.dateTimePattern";

    private final ZoneId zone;
    private final SimpleTranslator messages;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;

    public RelativeTime(ZoneId zone, SimpleTranslator messages) {
        this.zone = zone;
        this.messages = messages;
        this.dateFormat = localized(DateTimeFormatter.ofPattern(messages.translate("mw.time.datePattern"), messages.locale()));
        // Added after the date pattern: a light module with messages of its own may not have it yet.
        String dateTimePattern = messages.translate(DATE_TIME_PATTERN);
        this.dateTimeFormat = localized(dateTimePattern.equals(DATE_TIME_PATTERN)
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale())
                : DateTimeFormatter.ofPattern(dateTimePattern, messages.locale()));
    }

    /** The language's digits too (Persian digits on a Persian page, as in the relative times), in the site's zone. */
    private DateTimeFormatter localized(DateTimeFormatter format) {
        return format.withDecimalStyle(DecimalStyle.of(messages.locale())).withZone(zone);
    }

    public String format(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < MINUTE) {
            return messages.translate("mw.time.justNow"); // also for a clock that runs slightly behind the publisher's
        }
        if (seconds < HOUR) {
            return count("minutes", seconds / MINUTE);
        }
        if (seconds < DAY) {
            return count("hours", seconds / HOUR);
        }
        if (seconds < WEEK) {
            return count("days", seconds / DAY);
        }
        return date(then);
    }

    /** The date alone, in the site zone: "12 March 2025". */
    public String date(Instant at) {
        return dateFormat.format(at);
    }

    /** Date and time, in the site zone: "25 Nov 2026, 06:30". */
    public String dateTime(Instant at) {
        return dateTimeFormat.format(at);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The moment {@link #format}'s text for {@code then} last changed, never after {@code now}. */
    public static Instant lastChange(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        long unit = seconds < MINUTE ? 0 : seconds < HOUR ? MINUTE : seconds < DAY ? HOUR : seconds < WEEK ? DAY : 0;
        Instant changed;
        if (seconds >= WEEK) {
            changed = then.plusSeconds(WEEK);
        } else if (unit == 0) {
            changed = then;
        } else {
            changed = then.plusSeconds(seconds / unit * unit);
        }
        return changed.isAfter(now) ? now : changed;
    }

    /**
     * The first moment after {@code now} at which {@link #format}'s text for {@code then} changes, or
     * {@code Instant.MAX} once it is a date, which stays. Between {@link #lastChange} and this moment
     * a page showing the text can be served as it is.
     */
    public static Instant nextChange(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds >= WEEK) {
            return Instant.MAX;
        }
        if (seconds < MINUTE) {
            return then.plusSeconds(MINUTE); // "just now", also for a time ahead of the clock
        }
        long unit = seconds < HOUR ? MINUTE : seconds < DAY ? HOUR : DAY;
        return then.plusSeconds((seconds / unit + 1) * unit);
    }

    private String count(String unit, long n) {
        return messages.translate("mw.time." + unit + (n == 1 ? ".one" : ".other"), n);
    }
}
