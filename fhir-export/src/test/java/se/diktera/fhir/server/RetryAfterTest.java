package se.diktera.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void secondsOrADateAreHowLongToWaitAndNonsenseIsNothing() {
        assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Tue, 01 Dec 2026 10:05:00 GMT", NOW)).hasValue(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("Tue, 01 Dec 2026 09:00:00 GMT", NOW)).hasValue(Duration.ZERO);
        assertThat(RetryAfter.parse("999999999", NOW)).hasValue(RetryAfter.MOST);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
