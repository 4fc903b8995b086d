package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Swedish journal forms: values after their name, what the patient does as the journal names it. */
class SwedishJournalWordingTest {

    private final SwedishWording wording = new SwedishWording();

    private String worded(String said, Role role) {
        return Worded.by(wording, said, role);
    }

    @Test
    void aValueIsWrittenAfterItsNameWithoutItsVerb() {
        assertThat(worded("Blodtrycket sittande är 128/72.", Role.CLINICIAN)).startsWith("BT sittande 128/72");
        assertThat(worded("Njurfunktionen, eGFR är 38.", Role.CLINICIAN)).contains("eGFR 38");
        assertThat(worded("CRP var 124 när du kom.", Role.CLINICIAN)).startsWith("CRP 124");
    }

    @Test
    void whatThePatientDoesWhenItHurtsIsWrittenAsTheJournalNamesIt() {
        assertThat(worded("Det svider när jag kissar.", Role.PATIENT)).startsWith("svider vid miktion");
        assertThat(worded("Det strålar upp mot öronen när jag sväljer, men inte i örat.", Role.PATIENT))
                .contains("vid sväljning, men ej");
        assertThat(worded("Jag blir andfådd när jag böjer mig framåt.", Role.PATIENT)).contains("andfådd vid framåtböjning");
        assertThat(worded("Hon blir yr när hon reser sig.", Role.OTHER)).contains("yr vid uppresning");
        // Not where the verb says something else: "går upp" is getting up, not walking.
        assertThat(worded("Jag har ont när jag går upp på natten.", Role.PATIENT)).doesNotContain("vid gång");
        // Not in the past: a time, not a circumstance.
        assertThat(worded("Det hände när jag gick.", Role.PATIENT)).doesNotContain("vid gång");
    }

    @Test
    void theDoseTimeIsWrittenAsTheMedicationListDoes() {
        assertThat(worded("Jag tar Losartan 50 mg på morgonen.", Role.PATIENT)).contains("50 mg morgon");
        // Not away from a dose.
        assertThat(worded("Jag vaknar på morgonen.", Role.PATIENT)).contains("på morgonen");
    }

    @Test
    void aConditionKeepsItsNegationWithoutItsSubject() {
        assertThat(worded("Om det inte har vänt efter tre dygn så ringer du oss.", Role.CLINICIAN)).contains("om ej vänt");
        assertThat(worded("Ring om du inte sover.", Role.CLINICIAN)).contains("ej sover");
    }

    @Test
    void whatWasDoneLosesItsHarAfterAnd() {
        assertThat(worded("Jag har feber och har gått ner tre kilo.", Role.PATIENT)).contains("och gått ner");
        // "har ont" is a state, not something done.
        assertThat(worded("Jag är trött och har ont i magen.", Role.PATIENT)).contains("och har ont");
    }
}
