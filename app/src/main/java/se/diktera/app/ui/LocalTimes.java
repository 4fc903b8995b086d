package se.diktera.app.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user's language writes them, in the device's time zone. */
final class LocalTimes {

    private final DateTimeFormatter format;

    LocalTimes(Locale locale, ZoneId zone) {
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    static LocalTimes of(Locale locale) {
        return new LocalTimes(locale, ZoneId.systemDefault());
    }

    String format(Instant at) {
        return format.format(at);
    }
}
