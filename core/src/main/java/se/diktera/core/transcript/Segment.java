package se.diktera.core.transcript;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A stretch of speech the recogniser finalised at once (an utterance), with its words in order.
 *
 * @param id      unique within its transcript; evidence spans point at it
 * @param speaker null when not known
 */
public record Segment(String id, List<Word> words, String speaker) {

    public Segment {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A segment needs an id");
        }
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A segment needs at least one word");
        }
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).startMs() < words.get(i - 1).startMs()) {
                throw new IllegalArgumentException("A segment's words must be in time order");
            }
        }
    }

    @JsonIgnore
    public long startMs() {
        return words.get(0).startMs();
    }

    @JsonIgnore
    public long endMs() {
        return words.get(words.size() - 1).endMs();
    }

    @JsonIgnore
    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        // Transcript text is patient data: keep it out of logs.
        return "Segment[" + id + ", " + words.size() + " words, " + startMs() + "-" + endMs() + " ms]";
    }
}
