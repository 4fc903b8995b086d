package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a clinician says as likely stays likely in the note; a softener in anyone's mouth still goes. */
class ClinicianUncertaintyTest {

    private final SwedishWording wording = new SwedishWording();

    private String worded(String said, Role role) {
        return Worded.by(wording, said, role);
    }

    @Test
    void whatTheClinicianThinksLikelyIsWrittenAsLikely() {
        assertThat(worded("Jag tror att du har samlat på dig vätska.", Role.CLINICIAN)).startsWith("sannolikt ")
                .contains("samlat på sig vätska");
        assertThat(worded("Det är en virusinfektion tror jag.", Role.CLINICIAN)).startsWith("sannolikt ")
                .contains("virusinfektion");
        assertThat(worded("Det hänger nog ihop med hur du sitter vid datorn.", Role.CLINICIAN))
                .contains("hänger sannolikt ihop med");
        assertThat(worded("Så det är en försämring av KOL:en, troligen utlöst av en infektion.", Role.CLINICIAN))
                .contains("sannolikt utlöst av");
    }

    @Test
    void whatTheClinicianRulesOutOrSuspectsIsWrittenAsTheJournalDoes() {
        assertThat(worded("Jag misstänker ingen lunginflammation.", Role.CLINICIAN))
                .startsWith("ingen misstanke om lunginflammation");
        assertThat(worded("Han andas lugnt, så jag misstänker inte lunginflammation just nu.", Role.CLINICIAN))
                .contains("ingen misstanke om lunginflammation");
        assertThat(worded("Jag misstänker en urinvägsinfektion.", Role.CLINICIAN)).startsWith("misstänkt urinvägsinfektion");
    }

    @Test
    void aSoftenedPlanAndThePatientsSoftenersAreNotMadeUncertain() {
        assertThat(worded("Vi får nog ta ett blodprov.", Role.CLINICIAN)).doesNotContain("sannolikt");
        assertThat(worded("Jag tror att vi ska börja med Alvedon.", Role.CLINICIAN)).doesNotContain("sannolikt");
        assertThat(worded("Det var nog i tisdags det började.", Role.PATIENT)).doesNotContain("sannolikt");
    }

    @Test
    void englishMarksWhatTheClinicianThinksAsLikelyToo() {
        EnglishWording english = new EnglishWording();
        String said = "I think this is a viral infection.";
        String worded = Worded.by(english, said, Role.CLINICIAN);
        assertThat(worded).startsWith("likely ").contains("viral infection");
        String plan = "I think we should start you on ibuprofen.";
        assertThat(Worded.by(english, plan, Role.CLINICIAN)).doesNotContain("likely");
    }
}
