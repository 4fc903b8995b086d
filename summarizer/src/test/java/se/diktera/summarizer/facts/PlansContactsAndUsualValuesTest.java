package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;
import static se.diktera.summarizer.facts.SaidAloud.texts;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;

/**
 * Families of plans and values as they are said: a condition and where to go, whom the speaker
 * will contact, a goodbye that repeats a plan, referrals received, medicines only mentioned and
 * values that are usual or rough rather than read.
 */
class PlansContactsAndUsualValuesTest {

    @Test
    void aConditionWithARangeOfDaysAndComeBackIsOnePlan() {
        assertThat(texts(said("Om hon fortfarande har ont eller feber om två, tre dagar, kom tillbaka för en ny bedömning."),
                Fact.Kind.FOLLOW_UP)).containsExactly("Åter om pat fortfarande har ont eller feber om 2, 3 dagar");
        assertThat(texts(said("Har hon fortfarande feber om 3 dagar, så ringer ni hit."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig om har pat fortfarande feber om 3 dagar");
        assertThat(texts(said("Och om det börjar rinna ur örat ringer ni samma dag."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig samma dag om det börjar rinna ur örat");
    }

    @Test
    void aConditionCutWithinItsSentenceKeepsItsCall() {
        assertThat(texts(said("Och om det börjar rinna ur örat, eller om hon blir slö", "och inte vill dricka, då ska ni höra av er direkt."),
                Fact.Kind.FOLLOW_UP)).containsExactly("Hör av sig direkt om det börjar rinna ur örat, eller om pat blir slö");
        assertThat(texts(said("Om hon blir sämre och svår att väcka,", "då åker ni in direkt till akuten."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Söka direkt om pat blir sämre och svår att väcka");
    }

    @Test
    void whomTheSpeakerWillContactIsAPlanUnlessItIsDoneNow() {
        assertThat(texts(said("Jag pratar med doktorn om Citodonet, om det finns nåt annat."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Kontakt med läkare ang. Citodonet");
        assertThat(texts(said("Jag ringer doktor Åström när jag är tillbaka på hälsocentralen."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Kontakt med dr Åström");
        assertThat(texts(said("Då kontaktar jag biståndshandläggaren om matlådorna."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Kontakt med biståndshandläggaren ang. matlådorna");
        assertThat(texts(said("Jag ringer doktorn nu direkt."), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Jag pratade med doktorn i morse."), Fact.Kind.FOLLOW_UP)).isEmpty();
    }

    @Test
    void aGoodbyeWithThePlansTimeIsThatPlan() {
        assertThat(texts(said("Vi ses igen om två veckor, då går vi igenom dagboken.", "Ja.", "Tack för idag.", "Tack själv.",
                "Vi ses om två veckor."), Fact.Kind.FOLLOW_UP)).containsExactly("Ses igen om 2 veckor");
        assertThat(texts(said("jag ringer dig i morgon förmiddag", "okej", "bra", "tack", "krya på dig sven vi hörs i morgon"),
                Fact.Kind.FOLLOW_UP)).containsExactly("Telefonkontakt i morgon förmiddag");
    }

    @Test
    void aReferralReceivedOrAskedAboutIsNoPlanButOneForSomethingIs() {
        assertThat(texts(said("Läkaren har skickat en remiss hit för att du har ramlat."), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Remissen ligger klar, du går bara till labbet."), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Vi kan fundera på remiss för allergivaccination."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Remiss för allergivaccination");
    }

    @Test
    void aMedicineToAvoidOrWhatOneIsForIsNoMedicine() {
        assertThat(texts(said("Nej, Ipren och Voltaren och sånt ska du undvika."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Och ta ingen stoppande medicin, typ Dimor."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Och Alvedon mot febern och smärtan, två tabletter på 500 milligram."), Fact.Kind.MEDICATION))
                .containsExactly("Alvedon 500 mg");
        assertThat(texts(said("Köp vätskeersättning på apoteket, Resorb till exempel."), Fact.Kind.MEDICATION))
                .containsExactly("Resorb");
    }

    @Test
    void aUsualOrRoughValueIsNoReading() {
        assertThat(texts(said("Och pulsen, hur brukar den vara?", "Han brukar ligga på 89, 90."), Fact.Kind.VITAL_SIGN)).isEmpty();
        assertThat(texts(said("Vad var pulsen?", "Runt 94, 95 kanske."), Fact.Kind.VITAL_SIGN)).isEmpty();
        assertThat(texts(said("Du väger 92 kilo.", "Med din längd blir det ett BMI på ungefär 32."), Fact.Kind.VITAL_SIGN))
                .containsExactly("Vikt 92 kg");
    }
}
