package se.diktera.app.ui;

import java.nio.file.Path;

import se.diktera.app.demo.DemoConsultation;

/**
 * How the client plays a consultation without a microphone: an audio file played as if spoken, or
 * (when there is no audio) the demo script's words as if recognised.
 *
 * @param audio      played through the real recogniser, or null to play {@code script} as text
 * @param script     the demo consultation, used when {@code audio} is null
 * @param templateId the template a demo consultation starts with, or null to keep the default
 * @param speed      times real time
 * @param banner     shown on the sign-in screen (who to sign in as), or null
 */
public record DemoMode(Path audio, DemoConsultation script, String templateId, double speed, String banner) {

    public DemoMode {
        if (audio == null && script == null) {
            throw new IllegalArgumentException("A demo plays an audio file or a script");
        }
        if (!(speed > 0)) {
            throw new IllegalArgumentException("The speed must be above 0");
        }
    }

    /** An audio file played as a recording, e.g. for {@code --demo-audio}. */
    public static DemoMode ofAudio(Path audio, double speed) {
        return new DemoMode(audio, null, null, speed, null);
    }
}
