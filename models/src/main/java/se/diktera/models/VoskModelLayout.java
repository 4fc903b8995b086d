package se.diktera.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Vosk (Kaldi) model folder must hold to load: the acoustic model, the feature
 * configuration, and a decoding graph, either static (HCLG) or the small models' lookahead pair.
 */
final class VoskModelLayout {

    private VoskModelLayout() {
    }

    /** The files missing from {@code dir}, in words; empty when the folder is a loadable model. */
    static List<String> missingParts(Path dir) {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve("am/final.mdl"))) {
            missing.add("am/final.mdl (the acoustic model)");
        }
        if (!Files.isRegularFile(dir.resolve("conf/mfcc.conf"))) {
            missing.add("conf/mfcc.conf (the feature configuration)");
        }
        boolean staticGraph = Files.isRegularFile(dir.resolve("graph/HCLG.fst"));
        boolean lookaheadGraph = Files.isRegularFile(dir.resolve("graph/HCLr.fst"))
                && Files.isRegularFile(dir.resolve("graph/Gr.fst"));
        if (!staticGraph && !lookaheadGraph) {
            missing.add("graph/HCLG.fst, or graph/HCLr.fst with graph/Gr.fst (the decoding graph)");
        }
        return missing;
    }

    /** Whether {@code dir} looks like the root of a Vosk model (used to find it inside an archive). */
    static boolean looksLikeRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("am/final.mdl"));
    }
}
