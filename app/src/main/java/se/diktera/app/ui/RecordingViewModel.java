package se.diktera.app.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.Messages;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.app.demo.ScriptPlayback;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteId;
import se.diktera.core.transcript.Transcript;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.Microphone;
import se.diktera.speech.audio.PacedInputStream;
import se.diktera.speech.audio.PcmClip;

/**
 * The record screen: microphone, file or demo through the {@link DictationPipeline}, then the draft.
 * Work runs on the background executor; properties change on the FX thread.
 */
public final class RecordingViewModel {

    private final DictationPipeline pipeline;
    private final Consultation consultation;
    private final Executor background;
    private final Messages messages;
    private final Executor fx;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Transcript> transcript = new SimpleObjectProperty<>();
    private final ObjectProperty<DraftedNote> draft = new SimpleObjectProperty<>();
    private final NoteId noteId = NoteId.random();
    private final RecordingMeter meter;
    private final LiveTranscriptText live;
    private final RecordingControl control = new RecordingControl();
    private final RecordingReadiness readiness;

    /** {@code consultation}: the one being recorded, stored with its sound; null for none. */
    public RecordingViewModel(DictationPipeline pipeline, Consultation consultation, Executor background, Messages messages,
            Executor fx) {
        this.pipeline = pipeline;
        this.consultation = consultation;
        this.background = background;
        this.messages = messages;
        this.fx = fx;
        this.meter = new RecordingMeter(fx);
        this.live = new LiveTranscriptText(fx);
        this.readiness = new RecordingReadiness(messages);
    }

    /** Whether there is a microphone and a speech model, after {@link #check()}. */
    public RecordingReadiness readiness() {
        return readiness;
    }

    public StringProperty liveText() {
        return live.text();
    }

    public RecordingMeter meter() {
        return meter;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Whether the sound is paused; {@link #togglePause()} changes it. */
    public BooleanProperty paused() {
        return control.paused();
    }

    /** The finished transcript, set just before the draft. */
    public ObjectProperty<Transcript> transcript() {
        return transcript;
    }

    public ObjectProperty<DraftedNote> draft() {
        return draft;
    }

    /** The note's id: its audio, transcript and draft are stored under it. */
    public NoteId noteId() {
        return noteId;
    }

    /** Looks for a microphone and a speech model off the FX thread, and says what is missing and how to fix it. */
    public CompletableFuture<Void> check() {
        working("ui.record.loading");
        return readiness.check(pipeline, background, fx).thenRun(() -> {
            status.set("");
            meter.progress().set(0);
            busy.set(false);
        });
    }

    /** Records from the microphone until {@link #stop()}, then drafts. */
    public CompletableFuture<DraftedNote> recordMicrophone(String templateId) {
        return run(templateId, true, RecordingMeter.INDETERMINATE, RecordingMeter.UNKNOWN_LENGTH, Microphone::open);
    }

    /** Transcribes an audio file as fast as the machine can, with progress, then drafts. */
    public CompletableFuture<DraftedNote> importFile(Path audio, String templateId) {
        long bytes = AudioFiles.pcmBytes(audio);
        return run(templateId, false, 0, bytes > 0 ? PcmClip.durationMs(bytes) : RecordingMeter.UNKNOWN_LENGTH,
                () -> AudioFiles.openAsPcm(audio));
    }

    /** Plays {@code audio} as if it were being spoken ({@code speed} times real time), then drafts. */
    public CompletableFuture<DraftedNote> recordFromFile(Path audio, double speed, String templateId) {
        return run(templateId, false, RecordingMeter.INDETERMINATE, RecordingMeter.UNKNOWN_LENGTH,
                () -> new PacedInputStream(AudioFiles.openAsPcm(audio), speed));
    }

    /** The demo without audio: the script's words appear at a speaking pace ({@code speed} times), then the draft. */
    public CompletableFuture<DraftedNote> playScript(DemoConsultation demo, double speed) {
        working("ui.record.listeningScript");
        ScriptPlayback playback = new ScriptPlayback(demo.transcript(), speed);
        control.playing(playback);
        return finish(() -> draftFrom(pipeline.keep(noteId, playback.play(live.listener(),
                (ms, lvl) -> meter.measured(ms, lvl, RecordingMeter.UNKNOWN_LENGTH))), demo.templateId()));
    }

    public void togglePause() {
        status.set(messages.get(control.toggle() ? "ui.record.paused" : "ui.record.listening"));
    }

    /** Stops recording: what was heard so far is transcribed to the end and drafted. */
    public void stop() {
        control.stop();
    }

    /** {@code totalMs}: the audio's length when known; progress is then the share the recogniser has been given. */
    private CompletableFuture<DraftedNote> run(String templateId, boolean realTime, double initialProgress, long totalMs,
            DictationPipeline.Source source) {
        working("ui.record.loading");
        return finish(() -> {
            Transcript heard = pipeline.record(noteId, consultation, source, realTime, live.listener(),
                    (ms, lvl) -> meter.measured(ms, lvl, totalMs), in -> {
                        control.started(in);
                        fx.execute(() -> {
                            status.set(messages.get("ui.record.listening"));
                            meter.progress().set(initialProgress);
                        });
                    });
            control.done();
            return draftFrom(heard, templateId);
        });
    }

    private void working(String statusKey) {
        busy.set(true);
        control.paused().set(false);
        meter.progress().set(RecordingMeter.INDETERMINATE);
        status.set(messages.get(statusKey));
    }

    private DraftedNote draftFrom(Transcript heard, String templateId) throws Exception {
        fx.execute(() -> {
            status.set(messages.get("ui.record.drafting"));
            meter.progress().set(RecordingMeter.INDETERMINATE);
            transcript.set(heard);
        });
        return pipeline.draft(noteId, heard, templateId);
    }

    private CompletableFuture<DraftedNote> finish(BackgroundTask.Job<DraftedNote> work) {
        return BackgroundTask.of(work)
                .onSuccess(drafted -> {
                    status.set(messages.get("ui.record.done"));
                    meter.progress().set(1);
                    draft.set(drafted);
                })
                .onFailure(failure -> {
                    status.set(new ProblemText(messages).on("ui.record.failed", failure));
                    meter.progress().set(0);
                })
                .onFinished(() -> {
                    busy.set(false);
                    control.paused().set(false);
                    control.done();
                })
                .run(background, fx);
    }
}
