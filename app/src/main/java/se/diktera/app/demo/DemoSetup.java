package se.diktera.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import se.diktera.app.AppContext;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;

/**
 * The demo's own data folder ({@code demo/} inside the real one, so demo data never mixes with
 * real patients) with three made-up users who share a passphrase the sign-in screen shows.
 */
public final class DemoSetup {

    public static final String PASSPHRASE = "påhittade patienter i fjällen";
    public static final String CLINICIAN = "kerstin";
    public static final String REVIEWER = "rolf";
    public static final String ADMINISTRATOR = "admin";

    private DemoSetup() {
    }

    /** The demo's application, its users made on first use. */
    public static AppContext prepare(AppContext real) throws IOException {
        AppContext demo = new AppContext(new DikteraPaths(real.paths().dataDir().resolve("demo")), real.bundledModels(),
                real.clock());
        Files.createDirectories(demo.paths().dataDir());
        if (!demo.vault().hasUsers()) {
            char[] pass = PASSPHRASE.toCharArray();
            try (StoreSession admin = demo.vault().createFirstAdministrator(ADMINISTRATOR, "Ada Administratör",
                    new HsaId("SE2321000016-D000"), pass)) {
                demo.vault().addUser(admin, CLINICIAN, "Kerstin Klinik (demo)", Role.CLINICIAN, new HsaId("SE2321000016-D001"),
                        PASSPHRASE.toCharArray());
                demo.vault().addUser(admin, REVIEWER, "Rolf Granskare (demo)", Role.REVIEWER, new HsaId("SE2321000016-D002"),
                        PASSPHRASE.toCharArray());
            } catch (IllegalArgumentException e) {
                throw new IOException("The demo users cannot be made: " + e.getMessage(), e);
            }
        }
        return demo;
    }

    /** The demo consultation spoken into the demo folder once (when espeak-ng is installed). */
    public static Optional<Path> audio(AppContext demo, DemoConsultation consultation) {
        Path wav = demo.paths().dataDir().resolve("demo-consultation-" + consultation.language() + ".wav");
        if (Files.isRegularFile(wav)) {
            return Optional.of(wav);
        }
        return consultation.speak(wav);
    }
}
