package se.diktera.core.transcript;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What was said in a consultation, segment by segment.
 *
 * @param language BCP 47 tag of the recognition model, e.g. {@code sv} or {@code en}
 * @param modelId  the speech model that produced it, for provenance
 */
public record Transcript(String language, String modelId, List<Segment> segments) {

    public Transcript {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("A transcript needs a language");
        }
        segments = List.copyOf(segments);
        Set<String> ids = new HashSet<>();
        for (Segment s : segments) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("Segment ids must be unique within a transcript");
            }
        }
    }

    public Optional<Segment> segment(String id) {
        return segments.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @JsonIgnore
    public int wordCount() {
        return segments.stream().mapToInt(s -> s.words().size()).sum();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        return "Transcript[" + language + ", " + segments.size() + " segments, " + wordCount() + " words]";
    }
}
