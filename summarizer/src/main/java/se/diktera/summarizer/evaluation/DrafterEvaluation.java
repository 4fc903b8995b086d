package se.diktera.summarizer.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.data.LabelledText;
import se.diktera.summarizer.data.MtsDialog;
import se.diktera.summarizer.data.OpenChartSe;
import se.diktera.summarizer.model.SectionModel;

/**
 * Measures the shipped section models on held-out data: MTS-Dialog's two test sets (English
 * dialogue → section header) and the held-out OpenChart-SE charts (Swedish sentence → section).
 */
public final class DrafterEvaluation {

    private DrafterEvaluation() {
    }

    public static Map<String, SectionEvaluation> run(Path dataDir, SectionModel english, SectionModel swedish)
            throws IOException, EngineException {
        Map<String, SectionEvaluation> results = new LinkedHashMap<>();
        results.put("MTS-Dialog TestSet-1 (en)", evaluate(english, MtsDialog.read(dataDir, MtsDialog.TEST_1)));
        results.put("MTS-Dialog TestSet-2 (en)", evaluate(english, MtsDialog.read(dataDir, MtsDialog.TEST_2)));
        results.put("OpenChart-SE held-out charts (sv)", evaluate(swedish,
                OpenChartSe.read(dataDir).stream().filter(t -> OpenChartSe.isHeldOut(t.group())).toList()));
        return results;
    }

    static SectionEvaluation evaluate(SectionModel model, List<LabelledText> test) throws EngineException {
        List<String> predicted = model.classifyAll(test.stream().map(LabelledText::text).toList()).stream()
                .map(p -> p.label()).toList();
        return SectionEvaluation.of(test.stream().map(LabelledText::label).toList(), predicted);
    }
}
