package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;

/**
 * The shipped logging configuration at the most talkative level a user can ask for
 * (DIKTERA_LOG_LEVEL=TRACE): the libraries that would write request URLs, headers and bodies stay
 * at INFO, Diktera's own loggers follow the level; and a failure is logged without its message.
 */
class LogsCarryNoPatientDataTest {

    @Test
    void atTraceTheHttpAndFhirLibrariesStillLogNothingBelowInfo() throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty("DIKTERA_LOG_LEVEL", "TRACE");
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));

        for (String library : new String[] {"ca.uhn.fhir.rest.client.impl.BaseClient", "ca.uhn.fhir.okhttp.client.OkHttpRestfulClient",
                "okhttp3.OkHttpClient", "org.apache.http.wire", "org.hl7.fhir.r4.utils"}) {
            assertThat(context.getLogger(library).isDebugEnabled()).as(library).isFalse();
            assertThat(context.getLogger(library).isInfoEnabled()).as(library).isTrue();
        }
        assertThat(context.getLogger("se.diktera.fhir.server.FhirServerExporter").isTraceEnabled()).isTrue();
        context.stop();
    }

    @Test
    void aFailureGoesToTheLogWithItsTypesAndFramesButNotItsMessages() {
        Exception failure = new IllegalStateException("Patient 19121212-1212 not found",
                new java.io.IOException("server said: Tolvan Tolvansson 19121212-1212"));

        StringWriter logged = new StringWriter();
        WithoutMessages.of(failure).printStackTrace(new PrintWriter(logged));

        assertThat(logged.toString()).contains("java.lang.IllegalStateException", "java.io.IOException",
                "LogsCarryNoPatientDataTest").doesNotContain("19121212").doesNotContain("Tolvan");
    }
}
