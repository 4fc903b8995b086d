package se.diktera.app.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import se.diktera.app.demo.ScriptPlayback;
import se.diktera.speech.audio.LiveInput;

/** Pause and stop for whatever is being recorded: live or file sound, or the demo's script. Thread-safe. */
final class RecordingControl {

    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private volatile LiveInput input;
    private volatile ScriptPlayback script;

    void started(LiveInput running) {
        this.input = running;
    }

    void playing(ScriptPlayback running) {
        this.script = running;
    }

    /** Whether the sound is paused; FX thread. */
    BooleanProperty paused() {
        return paused;
    }

    /** Pauses or resumes (FX thread); returns whether it is paused now. */
    boolean toggle() {
        paused.set(!paused.get());
        pause(paused.get());
        return paused.get();
    }

    private void pause(boolean pause) {
        LiveInput in = input;
        if (in != null) {
            if (pause) {
                in.pause();
            } else {
                in.resume();
            }
        }
        ScriptPlayback s = script;
        if (s != null) {
            s.pause(pause);
        }
    }

    /** Ends the sound: what was heard so far is transcribed to the end. */
    void stop() {
        LiveInput in = input;
        if (in != null) {
            in.end();
        }
        ScriptPlayback s = script;
        if (s != null) {
            s.stop();
        }
    }

    void done() {
        input = null;
        script = null;
    }
}
