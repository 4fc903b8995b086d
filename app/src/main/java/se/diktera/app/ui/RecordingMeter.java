package se.diktera.app.ui;

import java.util.concurrent.Executor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the record screen shows of a recording's course: the time recorded, the input level, the progress. */
public final class RecordingMeter {

    /** What {@link #progress()} holds while the length of the job is not known. */
    public static final double INDETERMINATE = -1;
    /** The audio's length when it is not known (live sound). */
    static final long UNKNOWN_LENGTH = -1;

    private final StringProperty elapsed = new SimpleStringProperty("00:00");
    private final DoubleProperty level = new SimpleDoubleProperty(0);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final Executor fx;

    RecordingMeter(Executor fx) {
        this.fx = fx;
    }

    /** Audio time recorded so far, mm:ss. */
    public StringProperty elapsed() {
        return elapsed;
    }

    /** Input loudness of the latest chunk, 0 to 1. */
    public DoubleProperty level() {
        return level;
    }

    /** 0 to 1 for a job of known length, {@link #INDETERMINATE} otherwise. */
    public DoubleProperty progress() {
        return progress;
    }

    /** From any thread: {@code elapsedMs} of {@code totalMs} (or {@link #UNKNOWN_LENGTH}) heard, at {@code loudness}. */
    void measured(long elapsedMs, double loudness, long totalMs) {
        long s = elapsedMs / 1000;
        String text = String.format("%02d:%02d", s / 60, s % 60);
        fx.execute(() -> {
            elapsed.set(text);
            level.set(loudness);
            if (totalMs > 0) {
                progress.set(Math.min(1.0, elapsedMs / (double) totalMs));
            }
        });
    }
}
