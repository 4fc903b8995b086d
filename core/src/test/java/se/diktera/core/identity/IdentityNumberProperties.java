package se.diktera.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * Personnummer parsing on input from outside (typed, pasted, read from files): anything at all
 * either parses or is refused as an {@link IdentityNumberException} that says why, never another
 * exception; and every valid number, in any of its written forms, reads back as itself.
 */
class IdentityNumberProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Property
    void anyTextParsesOrIsRefusedWithAReason(@ForAll("typedText") String text) {
        try {
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(text, TODAY);
            assertThat(parsed.digits()).hasSize(12).containsOnlyDigits();
        } catch (IdentityNumberException refused) {
            assertThat(refused.problem()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property
    void aValidNumberReadsBackAsItselfInEveryWrittenForm(@ForAll("birthDates") LocalDate born,
            @ForAll @IntRange(min = 0, max = 999) int serial, @ForAll boolean samordning) {
        int day = born.getDayOfMonth() + (samordning ? 60 : 0);
        String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), day, serial);
        String ten = IntStream.range(0, 10).mapToObj(d -> nine + d).filter(Luhn::isValid).findFirst().orElseThrow();
        String twelve = born.getYear() / 100 + ten;
        String separator = born.plusYears(100).isAfter(TODAY) ? "-" : "+";

        for (String written : new String[] {twelve, twelve.substring(0, 8) + "-" + twelve.substring(8), ten.substring(0, 6) + separator
                + ten.substring(6)}) {
            PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(written, TODAY);
            assertThat(parsed.digits()).as(written).isEqualTo(twelve);
            assertThat(parsed).as(written).isInstanceOf(samordning ? Samordningsnummer.class : Personnummer.class);
        }
    }

    @Provide
    Arbitrary<String> typedText() {
        Arbitrary<String> digitsAndSeparators = Arbitraries.strings().withChars("0123456789-+ ").ofMaxLength(16);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> nearlyValid = Combinators.combine(Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.of("-", "+", "", " ", "--"), Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5))
                .as((a, b, c) -> a + b + c);
        return Arbitraries.oneOf(digitsAndSeparators, anything, nearlyValid);
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
    }
}
