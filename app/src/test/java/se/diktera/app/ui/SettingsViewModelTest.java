package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.AccessDeniedException;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirSettings;
import se.diktera.models.BundledModels;
import se.diktera.models.ModelKind;

class SettingsViewModelTest {

    static final String ADMIN = "ett långt lösenord för ada";
    static final String CLINICIAN = "fras om fjäll och hav";
    @TempDir
    Path dir;
    AppContext context;
    final Messages messages = new Messages(Locale.forLanguageTag("sv"));

    @BeforeEach
    void setUp() throws Exception {
        context = new AppContext(new DikteraPaths(dir), new BundledModels(dir.resolve("none")), Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                ADMIN.toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), CLINICIAN.toCharArray());
        }
    }

    private SettingsViewModel model(StoreSession s) throws Exception {
        return new SettingsViewModel(context, s, messages, Runnable::run, Runnable::run);
    }

    @Test
    void savedSettingsAreReadBackAndTheChangeIsAudited() throws Exception {
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            SettingsViewModel vm = model(admin);
            assertThat(vm.language().get()).isEqualTo("sv");
            vm.fhirServer().set("https://fhir.regionjh.se/fhir");
            vm.keepAudioDays().set("2");
            vm.language().set("en");
            ClientSettings saved = vm.save().join();

            assertThat(vm.status().get()).isEqualTo(messages.get("ui.settings.saved", 3));
            assertThat(saved.keepAudio()).isEqualTo(Duration.ofDays(2));
            ClientSettings read = context.settings().load();
            assertThat(read).isEqualTo(saved);
            assertThat(read.fhirServer()).hasToString("https://fhir.regionjh.se/fhir");
            assertThat(admin.audit().eventsFor("settings")).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.CONFIGURE);
                assertThat(e.details()).containsOnlyKeys("fhirServer", "keepAudio", "language");
            });
        }
    }

    @Test
    void reviewThroughTheServerAndMutualTlsAreSavedAndReviewNeedsAServerAndACareUnit() throws Exception {
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            SettingsViewModel vm = model(admin);
            vm.reviewOnServer().set(true);
            ClientSettings unchanged = vm.save().join();
            assertThat(vm.status().get()).isEqualTo(messages.get("ui.settings.reviewNeedsServer"));
            assertThat(unchanged.reviewsOnServer()).isFalse();

            vm.fhirServer().set("https://fhir.regionjh.se/fhir");
            vm.careUnitHsaId().set("SE2321000016-ABCD");
            vm.clientCertificate().set(dir.resolve("enhet.p12").toString());
            vm.trustedCertificates().set(dir.resolve("region-ca.pem").toString());
            vm.save().join();

            ClientSettings read = context.settings().load();
            assertThat(read.reviewsOnServer()).isTrue();
            assertThat(read.clientCertificate()).isEqualTo(dir.resolve("enhet.p12"));
            FhirSettings fhir = read.fhir(read.fhirServer(), null);
            assertThat(fhir.tls().keyStore()).isEqualTo(dir.resolve("enhet.p12"));
            assertThat(fhir.tls().trustedCertificates()).isEqualTo(dir.resolve("region-ca.pem"));
            assertThat(read.fhir(null, null).tls()).as("files need no TLS").isNull();
            assertThat(admin.audit().eventsFor("settings")).singleElement().satisfies(e -> assertThat(e.details())
                    .containsKeys("review", "clientCertificate", "trustedCertificates"));
        }
    }

    @Test
    void theCareUnitIsSavedAndBecomesTheCustodianOfExportedNotes() throws Exception {
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            SettingsViewModel vm = model(admin);
            vm.careUnitHsaId().set("SE2321000016-ABCD");
            vm.careUnitName().set("Hemsjukvården Östersund");
            vm.save().join();

            ClientSettings read = context.settings().load();
            assertThat(read.careUnit()).isEqualTo(new ClientSettings.CareUnit(new HsaId("SE2321000016-ABCD"), "Hemsjukvården Östersund"));
            FhirSettings fhir = read.fhir(URI.create("https://fhir.regionjh.se/fhir"), null);
            assertThat(fhir.custodianHsaId()).isEqualTo("SE2321000016-ABCD");
            assertThat(fhir.custodianName()).isEqualTo("Hemsjukvården Östersund");

            vm.careUnitHsaId().set("vårdcentralen");
            vm.save();
            assertThat(vm.status().get()).isEqualTo(messages.get("ui.settings.invalid", messages.get("ui.settings.notAnHsaId", "vårdcentralen")));
            assertThat(context.settings().load().careUnit()).isEqualTo(read.careUnit());
        }
    }

    @Test
    void aValueThatDoesNotHoldIsReportedAndNothingIsSaved() throws Exception {
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            SettingsViewModel vm = model(admin);
            vm.fhirServer().set("http://fhir.regionjh.se/fhir");
            vm.save();
            assertThat(vm.status().get()).isEqualTo(messages.get("ui.settings.needsHttps"));
            vm.fhirServer().set("");
            assertThat(vm.status().get()).as("the complaint goes with the address").isEmpty();
            vm.keepNotesDays().set("nittio");
            vm.save();
            assertThat(vm.status().get()).startsWith("Inte sparat").contains("nittio", "dagar");
            vm.keepNotesDays().set("90");
            vm.personnummerSystem().set("personnummer");
            vm.save();
            assertThat(vm.status().get()).startsWith("Inte sparat").contains("personnummer", "identifierarsystem");
            assertThat(vm.systemName("personnummer")).isEmpty();
            assertThat(vm.systemName(vm.hsaIdSystem().get())).isEqualTo(messages.get("ui.settings.system.hsa"));
            assertThat(Files.exists(context.settings().file())).isFalse();
            assertThat(admin.audit().eventsFor("settings")).isEmpty();
        }
    }

    @Test
    void onlyAnAdministratorMaySave() throws Exception {
        try (StoreSession kerstin = context.vault().unlock("kerstin", CLINICIAN.toCharArray())) {
            assertThatThrownBy(() -> context.settings().save(kerstin, ClientSettings.defaults().withLanguage("en")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(Files.exists(context.settings().file())).isFalse();
        }
    }

    @Test
    void aBrokenModelFolderIsRefusedWithTheReasonAndNothingIsInstalled() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("not-a-model"));
        Files.writeString(broken.resolve("readme.txt"), "no model here");
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            SettingsViewModel vm = model(admin);
            assertThat(vm.importModel(broken, "sv", ModelKind.NOTE).get(30, TimeUnit.SECONDS)).isNull();
            assertThat(vm.status().get()).startsWith("Modellen installerades inte");
            assertThat(vm.importing().get()).isFalse();
            assertThat(context.modelStore().installed()).isEmpty();
            assertThat(vm.models()).containsExactly(messages.get("ui.settings.noModels"));
        }
    }
}
