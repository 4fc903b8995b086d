package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionTransitionsTest {

    private static final List<String> LABELS = List.of("aktuellt", "status", "atgard");
    /** Consultations that stay on a topic for several turns, in the usual order. */
    private static final List<List<String>> SAID = List.of(
            List.of("aktuellt", "aktuellt", "aktuellt", "status", "status", "atgard", "atgard"),
            List.of("aktuellt", "aktuellt", "status", "status", "status", "atgard"),
            List.of("aktuellt", "aktuellt", "aktuellt", "aktuellt", "status", "atgard", "atgard"));

    @TempDir
    Path dir;

    @Test
    void withoutWeightEachUtteranceTakesItsMostProbableSection() {
        List<double[]> p = randomRows(new Random(7), 40);
        int[] decoded = SectionTransitions.counted(SAID, LABELS, 0).decode(p, LABELS, l -> true);

        IntStream.range(0, p.size()).forEach(t -> assertThat(decoded[t]).isEqualTo(argmax(p.get(t))));
    }

    @Test
    void aLoneDoubtfulUtteranceAmongOthersOfOneSectionFollowsThem() {
        // The middle one leans slightly towards the plan, in the middle of the history.
        List<double[]> p = List.of(row(0.8, 0.1, 0.1), row(0.7, 0.2, 0.1), row(0.40, 0.15, 0.45), row(0.8, 0.1, 0.1));

        int[] alone = SectionTransitions.counted(SAID, LABELS, 0).decode(p, LABELS, l -> true);
        int[] inSequence = SectionTransitions.counted(SAID, LABELS, 1).decode(p, LABELS, l -> true);

        assertThat(alone[2]).isEqualTo(LABELS.indexOf("atgard"));
        assertThat(inSequence).containsOnly(LABELS.indexOf("aktuellt"));
    }

    @Test
    void aTurnKeepsItsSectionWhereANewTurnMayMoveOn() {
        // Each turn of two utterances stays on its topic; the consultation moves on at a new turn.
        List<SectionTransitions.Step> turns = List.of(step("aktuellt", false), step("aktuellt", true), step("status", false),
                step("status", true), step("atgard", false), step("atgard", true));
        SectionTransitions t = SectionTransitions.countedInSegments(List.of(turns, turns, turns), LABELS, 1);
        // The second utterance leans towards the examination.
        List<double[]> p = List.of(row(0.8, 0.1, 0.1), row(0.35, 0.6, 0.05));

        assertThat(t.decode(p, new boolean[] {false, true}, LABELS, l -> true)).containsExactly(0, 0);
        assertThat(t.decode(p, new boolean[] {false, false}, LABELS, l -> true)).containsExactly(0, 1);
    }

    @Test
    void transitionsWithinTurnsAreWrittenAndReadBack() throws Exception {
        List<SectionTransitions.Step> turns = List.of(step("aktuellt", false), step("aktuellt", true), step("status", false),
                step("status", true), step("atgard", false));
        SectionTransitions counted = SectionTransitions.countedInSegments(List.of(turns, turns), LABELS, 0.5);
        counted.write(dir.resolve(SectionTransitions.FILE));
        SectionTransitions read = SectionTransitions.read(dir);
        List<double[]> p = randomRows(new Random(5), 40);
        boolean[] same = new boolean[p.size()];
        for (int i = 1; i < same.length; i += 2) {
            same[i] = true;
        }

        assertThat(Files.readString(dir.resolve(SectionTransitions.FILE))).contains("within\taktuellt\taktuellt\t");
        assertThat(read.decode(p, same, LABELS, l -> true)).containsExactly(counted.decode(p, same, LABELS, l -> true));
    }

    @Test
    void aSectionTheTemplateHasNotIsNeverChosen() {
        List<double[]> p = randomRows(new Random(11), 30);
        SectionTransitions t = SectionTransitions.counted(SAID, LABELS, 1);

        assertThat(t.decode(p, LABELS, l -> !l.equals("status"))).doesNotContain(LABELS.indexOf("status"));
        assertThat(t.decode(p, LABELS, l -> false)).containsOnly(-1);
        assertThat(t.decode(List.of(), LABELS, l -> true)).isEmpty();
    }

    @Test
    void whatIsWrittenReadsBackToTheSameDecisions() throws Exception {
        SectionTransitions counted = SectionTransitions.counted(SAID, LABELS, 0.75);
        counted.write(dir.resolve(SectionTransitions.FILE));
        SectionTransitions read = SectionTransitions.read(dir);
        List<double[]> p = randomRows(new Random(3), 50);

        assertThat(read.weight()).isEqualTo(counted.weight());
        assertThat(read.decode(p, LABELS, l -> true)).containsExactly(counted.decode(p, LABELS, l -> true));
    }

    @Test
    void aMissingOrDamagedFileMeansEachUtteranceOnItsOwn() throws Exception {
        Files.writeString(dir.resolve(SectionTransitions.FILE), "weight\tnot a number\n");

        assertThat(SectionTransitions.read(dir)).isSameAs(SectionTransitions.NONE);
        assertThat(SectionTransitions.read(dir.resolve("elsewhere"))).isSameAs(SectionTransitions.NONE);
        assertThat(SectionTransitions.read(new ByteArrayInputStream("a\tb\tc\td\n".getBytes(StandardCharsets.UTF_8))))
                .isSameAs(SectionTransitions.NONE);
        assertThat(SectionTransitions.read((java.io.InputStream) null)).isSameAs(SectionTransitions.NONE);
    }

    private static SectionTransitions.Step step(String section, boolean sameSegment) {
        return new SectionTransitions.Step(section, sameSegment);
    }

    private static double[] row(double... p) {
        return p;
    }

    private static List<double[]> randomRows(Random random, int n) {
        return IntStream.range(0, n).mapToObj(i -> {
            double[] p = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double sum = p[0] + p[1] + p[2];
            for (int l = 0; l < p.length; l++) {
                p[l] /= sum;
            }
            return p;
        }).toList();
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            if (p[l] > p[best]) {
                best = l;
            }
        }
        return best;
    }
}
