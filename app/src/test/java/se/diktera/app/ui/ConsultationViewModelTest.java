package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.app.Messages;

/** The view model on its own: no FX toolkit needed. */
class ConsultationViewModelTest {

    @ParameterizedTest(name = "\"{0}\" -> valid {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "19121212-1212|true|Patient 19121212-1212",
            "121212-1212|true|Patient 20121212-1212",
            "19121212-1213|false|The last digit does not match",
            "19121312-1212|false|",
            "abc|false|Only digits",
            "701063-2391|true|Patient 19701063-2391",
    })
    void theNumberIsCheckedAsItIsTyped(String typed, boolean valid, String feedback) {
        ConsultationViewModel vm = new ConsultationViewModel(new Messages(Locale.ENGLISH), Map.of("sv-journal", "Journalanteckning"));

        vm.identityNumber().set(typed);

        assertThat(vm.valid().get()).isEqualTo(valid);
        if (feedback != null) {
            assertThat(vm.feedback().get()).contains(feedback);
        } else {
            assertThat(vm.feedback().get()).isNotEmpty();
        }
        if (valid) {
            assertThat(vm.patient().formatted()).isEqualTo(vm.feedback().get().substring("Patient ".length()));
        }
    }
}
