package se.diktera.app.dictation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import se.diktera.app.AppContext;
import se.diktera.app.NoteAudit;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.PacedInputStream;

/**
 * The process {@link InterruptedRecordingTest} kills: signs in, then dictates a WAV file at
 * speaking pace through the real pipeline, printing the note's id and then the audio heard so far.
 * Arguments: data folder, user, passphrase, WAV file.
 */
public final class InterruptedRecordingChild {

    private InterruptedRecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = new AppContext(new DikteraPaths(Path.of(args[0])), BundledModels.locate(InterruptedRecordingChild.class),
                Clock.systemUTC());
        try (StoreSession session = context.vault().unlock(args[1], args[2].toCharArray());
             Engines engines = new Engines(context)) {
            DictationPipeline pipeline = new DictationPipeline(session, engines, new NoteAudit(session, context.clock()));
            NoteId id = NoteId.random();
            Consultation consultation = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212")),
                    session.user().asClinician(), ContactType.HEMBESOK, "sv-journal", Instant.now());
            engines.speechModel(null, "en");
            System.out.println("id " + id);
            System.out.flush();
            pipeline.record(id, consultation, () -> new PacedInputStream(AudioFiles.openAsPcm(Path.of(args[3])), 1.0), true,
                    TranscriptionListener.NONE, (ms, level) -> {
                        System.out.println("heard " + ms);
                        System.out.flush();
                    }, input -> { });
            System.out.println("done");
        }
    }
}
