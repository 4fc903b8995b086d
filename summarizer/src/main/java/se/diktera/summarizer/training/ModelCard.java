package se.diktera.summarizer.training;

import java.util.List;
import java.util.Map;

import se.diktera.summarizer.evaluation.SectionEvaluation;

/** The model card written beside each trained model. */
final class ModelCard {

    private ModelCard() {
    }

    static String render(String id, String language, String data, int examples, int features, List<String> labels,
            int epochs, double learningRate, long seed, double trainSeconds, Map<String, SectionEvaluation> results,
            int agree, int compared) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(id).append("\n\n");
        sb.append("Assigns a section of a clinical note to a piece of a consultation transcript. Language: `")
                .append(language).append("`.\n\n");
        sb.append("## Data\n").append(data).append("\n\n").append("Training examples: ").append(examples).append(".\n\n");
        sb.append("## Model\nLinear model, multinomial logistic loss, AdaGrad (learning rate ").append(learningRate)
                .append("), ").append(epochs).append(" epochs, seed ").append(seed)
                .append(", trained with Tribuo 4.3.2 and exported to ONNX; run by ONNX Runtime 1.28.0. Features: ")
                .append(features).append(" hashed word uni- and bigrams and character 3-5-grams (`TextFeaturizer`),"
                        + " each seen in at least two training texts. Training took ")
                .append(String.format("%.1f", trainSeconds)).append(" s.\n\n");
        sb.append("Labels: ").append(String.join(", ", labels)).append(".\n\n");
        sb.append("ONNX Runtime reproduces Tribuo's prediction on ").append(agree).append(" of ").append(compared)
                .append(" held-out examples.\n\n");
        sb.append("## Measured on held-out data (ONNX Runtime)\n");
        results.forEach((name, r) -> sb.append("\n### ").append(name).append("\n\n```\n").append(r.table()).append("```\n"));
        sb.append("\n## Licence\nThe training data is CC BY 4.0 (attribution above); this model is derived from it and"
                + " carries the same attribution. No real patient data was used.\n");
        sb.append("\n## Limits\nTrained on short dialogue snippets (English) and chart sentences (Swedish), not on whole"
                + " consultations; it sees one utterance at a time. A clinician reviews every draft.\n");
        return sb.toString();
    }
}
