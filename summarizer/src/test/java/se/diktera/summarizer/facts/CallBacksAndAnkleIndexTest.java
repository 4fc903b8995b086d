package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;
import static se.diktera.summarizer.facts.SaidAloud.texts;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;

/** The clinic calling back, written "Telefonkontakt", and the ankle-brachial index said as a ratio. */
class CallBacksAndAnkleIndexTest {

    @Test
    void aCallBackWhenResultsComeIsATelephoneContact() {
        assertThat(texts(said("Vi ringer upp dig när provsvaren har kommit."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Telefonkontakt när provsvaren har kommit");
        assertThat(texts(said("jag ringer er när röntgensvaret finns"), Fact.Kind.FOLLOW_UP))
                .containsExactly("Telefonkontakt när röntgensvaret finns");
    }

    @Test
    void aCallBackAtATimeIsATelephoneContact() {
        assertThat(texts(said("Jag ringer dig på onsdag."), Fact.Kind.FOLLOW_UP)).containsExactly("Telefonkontakt på onsdag");
        assertThat(texts(said("Så ringer vi upp dig om tre dagar."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Telefonkontakt om 3 dagar");
    }

    @Test
    void theRatioAfterAnAnklePressureIsTheAnkleBrachialIndex() {
        assertThat(texts(said("Höger ankel 110, och armen 140.", "Så kvoten blir 0,8."), Fact.Kind.LAB))
                .containsExactly("ABI 0,8");
        assertThat(texts(said("Vi mätte ankeltrycket förra året och kvoten var 1,1."), Fact.Kind.LAB))
                .containsExactly("ABI 1,1");
    }

    @Test
    void aRatioWithNoAnklePressureIsNoIndex() {
        assertThat(texts(said("Kvoten i urinen var 0,9."), Fact.Kind.LAB)).isEmpty();
        assertThat(texts(said("Ankeltrycket var bra.", "Kvoten var 1."), Fact.Kind.LAB)).isEmpty();
    }

    @Test
    void anAdverbBeforeADoseNamesNoMedicine() {
        assertThat(texts(said("högst fyra gånger per dygn med sex timmar emellan 5 milliliter räcker"), Fact.Kind.MEDICATION))
                .isEmpty();
    }
}
