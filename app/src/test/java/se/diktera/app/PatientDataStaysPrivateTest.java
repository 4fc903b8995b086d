package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpsServer;

import ca.uhn.fhir.context.FhirContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.people.HsaId;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Transcript;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.TestNotes;
import se.diktera.fhir.TestTls;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;
import se.diktera.models.BundledModels;

/**
 * Drives the whole pipeline with recognisable patient data and proves that none of it reaches
 * the logs, and that nothing is written outside Diktera's own folder (no ~/.cache/Microsoft from
 * ONNX Runtime, no ~/.cache/JNA from Vosk).
 */
class PatientDataStaysPrivateTest {

    static final String PERSONNUMMER = "19121212-1212";
    static final String SPOKEN = "Tolvan Tolvansson has had a fever and a sore throat for three days. "
            + "She takes penicillin five hundred milligrams three times a day.";

    @TempDir
    static Path home;
    static Path wav;

    @BeforeAll
    static void speak() throws Exception {
        wav = home.resolve("visit.wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(), SPOKEN).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
    }

    @Test
    void noPatientDataAppearsInTheLogsEvenAtDebugLevel(@TempDir Path data) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        try {
            AppContext context = new AppContext(new se.diktera.core.config.DikteraPaths(data),
                    BundledModels.locate(getClass()), Clock.systemUTC());
            try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada Admin",
                    new HsaId("SE2321000016-0000"), "ett långt lösenord för ada".toCharArray())) {
                Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse(PERSONNUMMER)),
                        admin.user().asClinician(), ContactType.HEMBESOK, "sv-journal", context.clock().instant());
                admin.documents().put("consultation", c.id().toString(), c);
                assertThat(admin.documents().get("consultation", c.id().toString(), Consultation.class)).contains(c);
            }
            var transcribed = cli(data, "transcribe", "--language", "en", "--json", wav.toString());
            Path transcriptFile = Files.writeString(data.resolve("t.json"), transcribed.out());
            Transcript transcript = new DikteraJson().read(transcribed.out(), "transcript", Transcript.class);
            cli(data, "draft", transcriptFile.toString());
            cli(data, "draft", "--format", "json", transcriptFile.toString());
            cli(data, "doctor");

            Set<String> secrets = new java.util.HashSet<>(Set.of("19121212", "1212-1212", "Tolvansson"));
            transcript.segments().forEach(s -> s.words().stream().map(w -> w.text().toLowerCase(Locale.ROOT))
                    .filter(w -> w.length() >= 5).forEach(secrets::add));
            assertThat(secrets).as("the transcript gave us words to look for").hasSizeGreaterThan(5);
            assertThat(captured.list).as("something was logged").isNotEmpty();
            for (ILoggingEvent e : captured.list) {
                String text = (e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toLowerCase(Locale.ROOT);
                for (String secret : secrets) {
                    assertThat(text).as("log line from " + e.getLoggerName()).doesNotContain(secret.toLowerCase(Locale.ROOT));
                }
            }
        } finally {
            root.setLevel(before);
            root.detachAppender(captured);
        }
    }

    @Test
    void anExportOverTlsWithATokenAtTraceLogsNoTokenNoIdentityNumberNoNote(@TempDir Path dir) throws Exception {
        String token = "eyJhbGciOi.hemlig-token-4711.sig";
        TestTls tls = TestTls.forLocalhost(dir);
        HttpsServer server = tls.server();
        List<String> received = new CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestURI().getPath().contains("Patient")) {
                exchange.getResponseHeaders().add("Location", "https://localhost:" + server.getAddress().getPort() + "/fhir/Patient/p1");
                exchange.sendResponseHeaders(201, -1);
            } else { // the note and its Provenance, as one transaction
                byte[] answer = ("{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\",\"entry\":["
                        + "{\"response\":{\"status\":\"201 Created\",\"location\":\"DocumentReference/d1/_history/1\"}},"
                        + "{\"response\":{\"status\":\"201 Created\",\"location\":\"Provenance/p1/_history/1\"}}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        try {
            logging.reset();
            logging.putProperty("DIKTERA_LOG_LEVEL", "TRACE");
            JoranConfigurator shipped = new JoranConfigurator();
            shipped.setContext(logging);
            shipped.doConfigure(getClass().getResource("/logback.xml"));
            captured.setContext(logging);
            captured.start();
            logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(captured);
            FhirContext fhir = FhirContext.forR4Cached();
            URI base = URI.create("https://localhost:" + server.getAddress().getPort() + "/fhir");
            FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(base).withBearerToken(token), fhir,
                    new FhirValidation(fhir, ForkJoinPool.commonPool()), tls.trustingClient());

            assertThat(exporter.export(TestNotes.approved(PERSONNUMMER)).location()).contains("DocumentReference/d1");
        } finally {
            server.stop(0);
            logging.reset();
            new ContextInitializer(logging).autoConfig();
        }
        assertThat(received).as("the token went to the server, over TLS").isNotEmpty().allMatch(r -> r.endsWith("Bearer " + token));
        assertThat(captured.list).as("TRACE reached Diktera's own loggers").isNotEmpty();
        for (ILoggingEvent e : captured.list) {
            String text = e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(text).as("log line from " + e.getLoggerName()).doesNotContain("hemlig-token", "19121212", "1212-1212",
                    "Feber sedan", "virusinfektion", Base64.getEncoder().encodeToString("Feber".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static se.diktera.app.cli.CliResult cli(Path data, String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new);
        se.diktera.app.cli.CliResult r = se.diktera.app.cli.CliResult.run(all);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    @Test
    void theWholePipelineWritesNothingOutsideDikterasFolder() throws Exception {
        Path userHome = home.resolve("home");
        Path data = userHome.resolve("diktera-data");
        Files.createDirectories(userHome);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (List<String> args : List.of(List.of("transcribe", "--language", "en", "--json", wav.toString()),
                List.of("draft", home.resolve("child-transcript.json").toString()))) {
            List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.home=" + userHome,
                    "-D" + BundledModels.LOCATION_PROPERTY + "=" + System.getProperty(BundledModels.LOCATION_PROPERTY),
                    "-cp", System.getProperty("java.class.path"), "se.diktera.app.cli.DikteraCommand", "--data-dir", data.toString()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("HOME", userHome.toString());
            pb.environment().remove("XDG_CACHE_HOME");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
            if (args.get(0).equals("transcribe")) {
                Files.writeString(home.resolve("child-transcript.json"), out);
            }
        }

        assertThat(userHome.resolve(".cache/Microsoft")).doesNotExist();
        try (Stream<Path> entries = Files.list(userHome)) {
            assertThat(entries.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .as("only Diktera's data folder in the home folder").containsExactly("diktera-data");
        }
        assertThat(data.resolve("cache/jna")).isDirectory();
    }
}
