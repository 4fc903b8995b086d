package se.diktera.app.demo;

import java.util.ArrayList;
import java.util.List;

import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.speech.audio.LiveInput;

/**
 * The demo without audio: a script's words shown as partials and segments at a speaking pace
 * ({@code speed} times the script's own timing), pausable and stoppable from another thread.
 */
public final class ScriptPlayback {

    private static final long PAUSE_POLL_MS = 50;
    private static final double LEVEL = 0.3;

    private final Transcript script;
    private final double speed;
    private volatile boolean paused;
    private volatile boolean stopped;

    public ScriptPlayback(Transcript script, double speed) {
        this.script = script;
        this.speed = speed;
    }

    public void pause(boolean pause) {
        this.paused = pause;
    }

    /** Ends the playback after the current word; what was said so far is the transcript. */
    public void stop() {
        this.stopped = true;
    }

    /** Plays the script to its end or to {@link #stop()}; returns the segments said. */
    public Transcript play(TranscriptionListener listener, LiveInput.Meter meter) {
        List<Segment> heard = new ArrayList<>();
        long clock = 0;
        for (Segment segment : script.segments()) {
            StringBuilder partial = new StringBuilder();
            for (var word : segment.words()) {
                sleep((long) ((word.endMs() - clock) / speed));
                while (paused && !stopped) {
                    sleep(PAUSE_POLL_MS);
                }
                if (stopped) {
                    break;
                }
                clock = word.endMs();
                partial.append(partial.isEmpty() ? "" : " ").append(word.text());
                listener.partial(partial.toString());
                meter.measured(clock, LEVEL);
            }
            if (stopped) {
                break;
            }
            listener.segment(segment);
            heard.add(segment);
        }
        return new Transcript(script.language(), script.modelId(), heard);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
