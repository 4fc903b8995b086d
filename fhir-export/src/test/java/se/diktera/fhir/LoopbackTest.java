package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain http only to this machine: a host name that starts like a loopback address is some other machine. */
class LoopbackTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "localhost, true", "127.0.0.1, true", "127.1.2.3, true", "[::1], true",
            "127.evil.example, false", "127.0.0.1.evil.example, false", "127.0.0.256, false", "127.0.0, false",
            "128.0.0.1, false", "fhir.regionjh.se, false", "localhost.evil.example, false",
    })
    void onlyThisMachineIsLoopback(String host, boolean loopback) {
        assertThat(FhirSettings.isLoopback(host)).isEqualTo(loopback);
    }

    @org.junit.jupiter.api.Test
    void plainHttpToAHostNamedLikeLoopbackIsRefused() {
        assertThatThrownBy(() -> FhirSettings.defaults(URI.create("http://127.evil.example/fhir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(FhirSettings.defaults(URI.create("http://127.0.0.1:8080/fhir")).baseUrl().getHost()).isEqualTo("127.0.0.1");
    }
}
