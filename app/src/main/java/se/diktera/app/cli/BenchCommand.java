package se.diktera.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.Messages;
import se.diktera.app.SpeechModelResolver;
import se.diktera.models.InstalledModel;
import se.diktera.speech.bench.ProcessMemory;
import se.diktera.speech.bench.SyntheticSpeech;
import se.diktera.speech.vosk.VoskBenchmark;
import se.diktera.summarizer.bench.DrafterBenchmark;

/** {@code diktera bench speech}: prints the speech pipeline's figures on this machine. */
@Command(name = "bench", resourceBundle = Messages.BUNDLE, subcommands = {BenchCommand.Speech.class, BenchCommand.Drafter.class})
final class BenchCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "speech", resourceBundle = Messages.BUNDLE)
    static final class Speech implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;
        @Spec
        CommandSpec spec;

        @Option(names = "--audio", paramLabel = "FILE", descriptionKey = "cli.bench.audio")
        Path audio;

        @Option(names = "--minutes", split = ",", paramLabel = "N", defaultValue = "1,5", descriptionKey = "cli.bench.minutes")
        List<Double> minutes;

        @Option(names = "--paced-seconds", paramLabel = "S", defaultValue = "20", descriptionKey = "cli.bench.paced")
        double pacedSeconds;

        @Override
        public Integer call() throws Exception {
            SpeechModelResolver resolver = new SpeechModelResolver(bench.parent.context());
            InstalledModel model = resolver.resolve(null, "en");
            PrintWriter out = spec.commandLine().getOut();
            out.printf("model %s, %d cores, Java %s%n", model.id(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            out.printf("%-8s %8s %9s %9s %9s %9s %11s %11s%n", "audio", "load(s)", "load2(s)", "RTF", "bareRTF",
                    "overhead", "lagMed(s)", "lagMax(s)");
            List<Path> files = audio != null ? List.of(audio) : synthesise(minutes);
            for (Path file : files) {
                VoskBenchmark.Figures f = new VoskBenchmark(model.directory(), model.id(), model.language()).run(file, pacedSeconds);
                out.printf("%-8s %8.3f %9.3f %9.3f %9.3f %8.1f%% %11.3f %11.3f%n",
                        String.format("%.0fs", f.audioSeconds()), f.modelLoadFirst(), f.modelLoadWarm(), f.pipelineRtf(),
                        f.bareVoskRtf(), 100 * (f.pipelineRtf() / f.bareVoskRtf() - 1), f.partialLagMedian(), f.partialLagMax());
            }
            out.printf("first partial arrives one chunk (%.3f s of audio) plus the lag above after the words are spoken%n",
                    0.125);
            ProcessMemory.peakResidentBytes().ifPresent(b -> out.printf("peak RSS %.0f MB%n", b / 1e6));
            return 0;
        }

        private static List<Path> synthesise(List<Double> minutes) throws Exception {
            Path dir = Files.createTempDirectory("diktera-bench");
            dir.toFile().deleteOnExit();
            List<Path> files = new ArrayList<>();
            for (double m : minutes) {
                Path wav = SyntheticSpeech.atLeast(m * 60, dir.resolve(m + "min.wav"));
                wav.toFile().deleteOnExit();
                files.add(wav);
            }
            return files;
        }
    }

    @Command(name = "drafter", resourceBundle = Messages.BUNDLE)
    static final class Drafter implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--words", defaultValue = "2000", paramLabel = "N", descriptionKey = "cli.bench.words")
        int words;

        @Option(names = "--repetitions", defaultValue = "10", paramLabel = "N", descriptionKey = "cli.bench.repetitions")
        int repetitions;

        @Option(names = "--segment-words", defaultValue = "0", paramLabel = "N", descriptionKey = "cli.bench.segmentWords")
        int segmentWords;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            DrafterBenchmark.Figures f = DrafterBenchmark.run(words, segmentWords > 0 ? segmentWords : Integer.MAX_VALUE, repetitions);
            out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
            out.printf("consultation: %d words in %d utterances (about %.0f minutes of speech)%n", f.words(), f.segments(),
                    f.words() / 2.2 / 60);
            out.printf("model load (sv + en): %.3f s%n", f.modelLoad());
            out.printf("draft: median %.3f s, max %.3f s over %d runs (%d statements)%n", f.draftMedian(), f.draftMax(),
                    repetitions, f.statements());
            ProcessMemory.peakResidentBytes().ifPresent(b -> out.printf("peak RSS %.0f MB%n", b / 1e6));
            return 0;
        }
    }
}
