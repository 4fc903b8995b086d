package se.diktera.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.diktera.core.identity.IdentityNumberException.Reason;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} is the personnummer {1}")
    @CsvSource({
            "19121212-1212, 191212121212, 1912-12-12",
            "191212121212,  191212121212, 1912-12-12",
            "121212+1212,   191212121212, 1912-12-12",
            "121212-1212,   201212121212, 2012-12-12",
            "811228-9874,   198112289874, 1981-12-28",
            "8112289874,    198112289874, 1981-12-28",
            "'  19811228-9874 ', 198112289874, 1981-12-28",
            "20080903-2386, 200809032386, 2008-09-03",
            "000101-1238,   200001011238, 2000-01-01",
            "240229+1237,   192402291237, 1924-02-29",
            "261123-1230,   202611231230, 2026-11-23",
            "261124-1239,   192611241239, 1926-11-24",
    })
    void acceptsEveryWrittenFormOfAPersonnummer(String text, String digits, LocalDate birthDate) {
        PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(text, TODAY);

        assertThat(parsed).isInstanceOf(Personnummer.class);
        assertThat(parsed.digits()).isEqualTo(digits);
        assertThat(parsed.birthDate()).isEqualTo(birthDate);
        assertThat(parsed.formatted()).isEqualTo(digits.substring(0, 8) + "-" + digits.substring(8));
        assertThat(Personnummer.parse(text, TODAY)).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "{0} is the samordningsnummer {1}")
    @CsvSource({
            "701063-2391,   197010632391, 1970-10-03",
            "19701063-2391, 197010632391, 1970-10-03",
            "197010632391,  197010632391, 1970-10-03",
    })
    void acceptsASamordningsnummerAndTakesSixtyOffTheDay(String text, String digits, LocalDate birthDate) {
        PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(text, TODAY);

        assertThat(parsed).isInstanceOf(Samordningsnummer.class);
        assertThat(parsed.digits()).isEqualTo(digits);
        assertThat(parsed.birthDate()).isEqualTo(birthDate);
        assertThat(Samordningsnummer.parse(text, TODAY)).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({
            "19811228-9875,  BAD_CHECKSUM",
            "811228-9873,    BAD_CHECKSUM",
            "19230229-1238,  INVALID_DATE",
            "151301-1237,    INVALID_DATE",
            "19811328-9873,  INVALID_DATE",
            "20991231-1231,  FUTURE_DATE",
            "19811228-987,   WRONG_FORMAT",
            "1981122898741,  WRONG_FORMAT",
            "19811228--9874, WRONG_FORMAT",
            "19811228+9874,  WRONG_FORMAT",
            "81122-89874,    WRONG_FORMAT",
            "19811228-98a4,  NOT_DIGITS",
            "ABCDEFGH-IJKL,  NOT_DIGITS",
            "19811228/9874,  NOT_DIGITS",
    })
    void refusesAnInvalidNumberSayingWhy(String text, Reason reason) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(IdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(reason.explanation()).doesNotContain(text.strip());
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesNothingAsEmpty(String text) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(IdentityNumberException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void aSamordningsnummerOfSomeoneBornThisYearKeepsItsCentury() {
        // Found by IdentityNumberProperties: the century was chosen on the day plus 60 ("1261" after
        // "1202"), so a child born yesterday read as born in 1926.
        PersonalIdentityNumber child = PersonalIdentityNumber.parse("261261-0002", LocalDate.of(2026, 12, 2));

        assertThat(child.digits()).isEqualTo("202612610002");
    }

    @Test
    void aSamordningsnummerIsNotAPersonnummerAndTheOtherWayRound() {
        assertThatThrownBy(() -> Personnummer.parse("701063-2391", TODAY))
                .isInstanceOfSatisfying(IdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PERSONNUMMER));
        assertThatThrownBy(() -> Samordningsnummer.parse("811228-9874", TODAY))
                .isInstanceOfSatisfying(IdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_SAMORDNINGSNUMMER));
    }

    @Test
    void toStringNeverShowsTheWholeNumber() {
        PersonalIdentityNumber pnr = PersonalIdentityNumber.parse("19811228-9874", TODAY);

        assertThat(pnr.toString()).doesNotContain("9874").contains("19811228");
        assertThat(pnr.masked()).isEqualTo("19811228-****");
    }

    @Test
    void samePersonWrittenDifferentlyIsEqual() {
        assertThat(PersonalIdentityNumber.parse("811228-9874", TODAY))
                .isEqualTo(PersonalIdentityNumber.parse("198112289874", TODAY))
                .hasSameHashCodeAs(PersonalIdentityNumber.parse("19811228-9874", TODAY));
    }
}
