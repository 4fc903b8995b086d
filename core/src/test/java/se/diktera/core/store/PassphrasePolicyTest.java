package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length over composition, and no commonly used password however long. */
class PassphrasePolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234!", "qwertyuiop12", "Sommar2024!!", "lösenord1234", "iloveyou1234",
            "welcome12345", "passwordpassword", "2024-12-01 östersund"})
    void aCommonPasswordIsRefusedHoweverLong(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), "kerstin")).contains(PassphrasePolicy.Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min egen långa fras om fjäll", "fjällvandring i juli med hund", "korrekt häst batteri häftklammer",
            "ett långt lösenord för ada"})
    void aPassphraseOfSeveralWordsIsAccepted(String passphrase) {
        assertThat(PassphrasePolicy.check(passphrase.toCharArray(), "kerstin")).isEmpty();
    }
}
