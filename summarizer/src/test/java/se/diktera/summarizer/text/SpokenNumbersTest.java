package se.diktera.summarizer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenNumbersTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "sv|blodtryck hundratrettiofyra över sjuttiofyra|blodtryck 134 över 74",
            "sv|temp trettioåtta komma två|temp 38,2",
            "sv|puls sjuttioåtta|puls 78",
            "sv|etthundrafemtio milligram|150 milligram",
            "sv|ett hundra tjugo|120",
            "sv|tjugo fyra timmar|24 timmar",
            "sv|en tablett två gånger dagligen|1 tablett 2 gånger dagligen",
            "sv|Kåvepenin ett gram|Kåvepenin 1 gram",
            "sv|en av dem|en av dem",
            "sv|sedan tre dagar|sedan 3 dagar",
            "sv|tvåtusen tjugofem|2025",
            "sv|fyra sexton|4 16",
            "sv|då ringer du ett ett två direkt|då ringer du 112 direkt",
            "sv|ring elva sjuttiosju.|ring 1177.",
            "sv|om tempen går över trettioåtta och en halv|om tempen går över 38,5",
            "sv|idag sjuttioåtta och ett halvt|idag 78,5",
            "sv|två stycken på femhundra tre gånger om dagen|2 stycken på 500 3 gånger om dagen",
            "sv|hundra två dagar|100 2 dagar",
            "sv|femhundra tre|503",
            "sv|en deciliter i taget|1 deciliter i taget",
            "en|blood pressure one hundred and thirty four over seventy four|blood pressure 134 over 74",
            "en|temperature thirty eight point two|temperature 38.2",
            "en|five hundred milligrams three times a day|500 milligrams 3 times a day",
            "en|a tablet twice a day|a tablet twice a day",
            "en|we will see her again in two weeks.|we will see her again in 2 weeks.",
            "en|she has two. children|she has 2. children",
    })
    void writesSpokenNumbersAsDigits(String language, String spoken, String written) {
        String result = SpokenNumbers.normalize(Arrays.asList(spoken.split(" ")), language).stream()
                .map(Token::text).collect(Collectors.joining(" "));

        assertThat(result).isEqualTo(written);
    }
}
