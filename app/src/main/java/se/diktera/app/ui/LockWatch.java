package se.diktera.app.ui;

import java.time.Clock;
import java.time.Duration;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

import se.diktera.core.store.SessionLock;

/**
 * Locks the signed-in session after a time without input: any input in the scene counts, a
 * recording or draft in progress holds the lock off, and a check once a second calls
 * {@code onLock}. FX thread only.
 */
final class LockWatch {

    private final Clock clock;
    private final Duration idle;
    private SessionLock lock;

    LockWatch(Scene scene, Clock clock, Duration idle, ObservableBooleanValue working, Runnable onLock) {
        this.clock = clock;
        this.idle = idle;
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (lock != null) {
                lock.touch();
            }
        });
        Timeline check = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            if (lock != null && !working.get() && lock.isLocked()) {
                lock = null;
                onLock.run();
            }
        }));
        check.setCycleCount(Timeline.INDEFINITE);
        check.play();
    }

    /** A session began: the idle time counts from now. */
    void start() {
        lock = new SessionLock(clock, idle);
    }

    /** The session ended: nothing to lock. */
    void stop() {
        lock = null;
    }
}
