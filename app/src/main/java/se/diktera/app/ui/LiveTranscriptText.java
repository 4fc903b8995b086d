package se.diktera.app.ui;

import java.util.concurrent.Executor;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.transcript.Segment;

/** The live transcript: the finished segments so far and the words of the one being heard. */
public final class LiveTranscriptText {

    private final StringProperty text = new SimpleStringProperty("");
    private final Executor fx;

    LiveTranscriptText(Executor fx) {
        this.fx = fx;
    }

    public StringProperty text() {
        return text;
    }

    /** A listener for one recording, called from the recogniser's thread. */
    TranscriptionListener listener() {
        StringBuilder finished = new StringBuilder();
        return new TranscriptionListener() {
            @Override
            public void partial(String words) {
                String shown = (finished + " " + words).strip();
                fx.execute(() -> text.set(shown));
            }

            @Override
            public void segment(Segment segment) {
                finished.append(' ').append(segment.text());
                String shown = finished.toString().strip();
                fx.execute(() -> text.set(shown));
            }
        };
    }
}
