package se.diktera.speech.vosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Word;

/** Reads Vosk's JSON results: {@code {"result": [{"word", "start", "end", "conf"}], "text"}} and partials. */
final class VoskResults {

    private final ObjectMapper mapper;

    VoskResults(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A final result as a segment, or empty when Vosk heard no words. */
    Optional<Segment> segment(String json, String segmentId) {
        JsonNode words = tree(json).path("result");
        if (!words.isArray() || words.isEmpty()) {
            return Optional.empty();
        }
        List<Word> result = new ArrayList<>(words.size());
        for (JsonNode w : words) {
            long start = Math.round(w.path("start").asDouble() * 1000);
            long end = Math.max(start, Math.round(w.path("end").asDouble() * 1000));
            double conf = Math.max(0, Math.min(1, w.path("conf").asDouble(1.0)));
            String text = w.path("word").asText();
            if (!text.isBlank()) {
                result.add(new Word(text, start, end, conf));
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(new Segment(segmentId, result, null));
    }

    String partialText(String json) {
        return tree(json).path("partial").asText("");
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vosk returned a result that is not JSON", e);
        }
    }
}
