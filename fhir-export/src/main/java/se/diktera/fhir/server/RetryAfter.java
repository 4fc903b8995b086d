package se.diktera.fhir.server;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An HTTP Retry-After value (RFC 9110: seconds, or a date) as how long to wait, at most a day. */
final class RetryAfter {

    static final Duration MOST = Duration.ofDays(1);

    private RetryAfter() {
    }

    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.strip();
        Duration wait;
        if (h.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(h));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(wait.compareTo(MOST) > 0 ? MOST : wait);
    }
}
