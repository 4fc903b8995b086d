package se.diktera.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.AppContext;
import se.diktera.app.Drafters;
import se.diktera.app.Messages;
import se.diktera.app.SpeechModelResolver;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.engine.AudioSink;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.models.InstalledModel;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.LiveInput;
import se.diktera.speech.audio.Microphone;
import se.diktera.speech.audio.PacedInputStream;
import se.diktera.speech.audio.PcmClip;
import se.diktera.speech.recording.RecordingInputStream;
import se.diktera.speech.vosk.VoskTranscriber;

/**
 * Recording a consultation: from the microphone, an imported file, or the demo. Audio goes into
 * the encrypted store as it arrives and through the recogniser; the live transcript shows partial
 * words, the meter the elapsed time and input level; record can pause and stop; at the end the
 * draft is made. All work runs on the background executor; properties change on the FX thread.
 */
public final class RecordingViewModel {

    /** What {@link #progress()} holds while the length of the job is not known. */
    public static final double INDETERMINATE = -1;
    private static final long UNKNOWN_LENGTH = -1;

    private final AppContext context;
    private final StoreSession session;
    private final Executor background;
    private final Messages messages;
    private final Executor fx;
    private final StringProperty liveText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("00:00");
    private final DoubleProperty level = new SimpleDoubleProperty(0);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty microphonePresent = new SimpleBooleanProperty(false);
    private final BooleanProperty modelReady = new SimpleBooleanProperty(false);
    private final ObjectProperty<Transcript> transcript = new SimpleObjectProperty<>();
    private final ObjectProperty<DraftedNote> draft = new SimpleObjectProperty<>();
    private final NoteId noteId = NoteId.random();
    private volatile LiveInput input;
    private volatile ScriptPlayback script;

    public RecordingViewModel(AppContext context, StoreSession session, Executor background, Messages messages, Executor fx) {
        this.context = context;
        this.session = session;
        this.background = background;
        this.messages = messages;
        this.fx = fx;
    }

    public StringProperty liveText() {
        return liveText;
    }

    public StringProperty status() {
        return status;
    }

    /** What stands in the way of recording, with the fix; empty when nothing does. */
    public StringProperty warning() {
        return warning;
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

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty paused() {
        return paused;
    }

    public BooleanProperty microphonePresent() {
        return microphonePresent;
    }

    public BooleanProperty modelReady() {
        return modelReady;
    }

    /** The finished transcript, set just before the draft. */
    public ObjectProperty<Transcript> transcript() {
        return transcript;
    }

    public ObjectProperty<DraftedNote> draft() {
        return draft;
    }

    /** The note this recording is for: its audio, transcript and draft are stored under this id. */
    public NoteId noteId() {
        return noteId;
    }

    /**
     * Looks for a microphone and a speech model (installing the bundled one on first use), off the
     * FX thread, and says what is missing and how to fix it.
     */
    public CompletableFuture<Void> check() {
        busy.set(true);
        progress.set(INDETERMINATE);
        status.set(messages.get("ui.record.loading"));
        return CompletableFuture.runAsync(() -> {
            boolean mic = Microphone.isPresent();
            String problem = mic ? "" : messages.get("ui.record.noMicrophone");
            boolean ready;
            try {
                SpeechModelResolver resolver = new SpeechModelResolver(context);
                resolver.resolve(null, resolver.defaultLanguage());
                ready = true;
            } catch (EngineException e) {
                ready = false;
                problem = messages.get("ui.record.noModel", e.getMessage());
            }
            boolean modelOk = ready;
            String shown = problem;
            fx.execute(() -> {
                microphonePresent.set(mic);
                modelReady.set(modelOk);
                warning.set(shown);
                status.set("");
                progress.set(0);
                busy.set(false);
            });
        }, background);
    }

    /** Records from the microphone until {@link #stop()}, then drafts. */
    public CompletableFuture<DraftedNote> recordMicrophone(String templateId) {
        return run(templateId, true, INDETERMINATE, UNKNOWN_LENGTH, Microphone::open);
    }

    /** Transcribes an audio file as fast as the machine can, with progress, then drafts. */
    public CompletableFuture<DraftedNote> importFile(Path audio, String templateId) {
        long bytes = AudioFiles.pcmBytes(audio);
        return run(templateId, false, 0, bytes > 0 ? PcmClip.durationMs(bytes) : UNKNOWN_LENGTH, () -> AudioFiles.openAsPcm(audio));
    }

    /** Plays {@code audio} as if it were being spoken ({@code speed} times real time), then drafts. */
    public CompletableFuture<DraftedNote> recordFromFile(Path audio, double speed, String templateId) {
        return run(templateId, false, INDETERMINATE, UNKNOWN_LENGTH, () -> new PacedInputStream(AudioFiles.openAsPcm(audio), speed));
    }

    /** The demo without audio: the script's words appear at a speaking pace ({@code speed} times), then the draft. */
    public CompletableFuture<DraftedNote> playScript(DemoConsultation demo, double speed) {
        busy.set(true);
        status.set(messages.get("ui.record.listeningScript"));
        ScriptPlayback playback = new ScriptPlayback(demo.transcript(), speed);
        script = playback;
        return finish(BackgroundWork.supply(() -> draftFrom(playback.play(listener(new StringBuilder()),
                (ms, lvl) -> meter(ms, lvl, UNKNOWN_LENGTH)),
                demo.templateId()), background));
    }

    public void togglePause() {
        boolean now = !paused.get();
        paused.set(now);
        LiveInput in = input;
        ScriptPlayback s = script;
        if (in != null) {
            if (now) {
                in.pause();
            } else {
                in.resume();
            }
        }
        if (s != null) {
            s.paused = now;
        }
        status.set(messages.get(now ? "ui.record.paused" : "ui.record.listening"));
    }

    /** Stops recording: what was heard so far is transcribed to the end and drafted. */
    public void stop() {
        LiveInput in = input;
        if (in != null) {
            in.end();
        }
        ScriptPlayback s = script;
        if (s != null) {
            s.stopped = true;
        }
    }

    private interface Source {
        InputStream open() throws EngineException, IOException;
    }

    /**
     * @param totalMs the audio's length when known ({@link #UNKNOWN_LENGTH} otherwise): progress is
     *                the share of it the recogniser has been given
     */
    private CompletableFuture<DraftedNote> run(String templateId, boolean live, double initialProgress, long totalMs,
            Source source) {
        busy.set(true);
        paused.set(false);
        progress.set(INDETERMINATE);
        status.set(messages.get("ui.record.loading"));
        StringBuilder finalText = new StringBuilder();
        return finish(BackgroundWork.supply(() -> {
            SpeechModelResolver resolver = new SpeechModelResolver(context);
            InstalledModel model = resolver.resolve(null, resolver.defaultLanguage());
            Transcript heard;
            // The source opens before the recording starts: a file that cannot be read leaves nothing behind.
            try (VoskTranscriber transcriber = resolver.load(model);
                 InputStream audio = source.open();
                 AudioSink sink = session.recordings().start(noteId.toString());
                 LiveInput meteredInput = new LiveInput(new RecordingInputStream(audio, sink), live,
                         (ms, lvl) -> meter(ms, lvl, totalMs))) {
                input = meteredInput;
                fx.execute(() -> {
                    status.set(messages.get("ui.record.listening"));
                    progress.set(initialProgress);
                });
                heard = transcriber.transcribe(meteredInput, listener(finalText), new se.diktera.core.engine.Cancellation())
                        .transcript();
            } finally {
                input = null;
            }
            audit(AuditAction.RECORD);
            return draftFrom(heard, templateId);
        }, background));
    }

    private TranscriptionListener listener(StringBuilder finalText) {
        return new TranscriptionListener() {
            @Override
            public void partial(String text) {
                String shown = (finalText + " " + text).strip();
                fx.execute(() -> liveText.set(shown));
            }

            @Override
            public void segment(Segment segment) {
                finalText.append(' ').append(segment.text());
                String shown = finalText.toString().strip();
                fx.execute(() -> liveText.set(shown));
            }
        };
    }

    private void meter(long elapsedMs, double loudness, long totalMs) {
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

    private DraftedNote draftFrom(Transcript heard, String templateId) throws IOException, EngineException {
        session.documents().put("transcript", noteId.toString(), heard);
        audit(AuditAction.TRANSCRIBE);
        fx.execute(() -> {
            status.set(messages.get("ui.record.drafting"));
            progress.set(INDETERMINATE);
            transcript.set(heard);
        });
        DraftedNote drafted;
        try (Drafters.Loaded loaded = Drafters.load(context)) {
            drafted = loaded.drafter().draft(heard, templateId);
        }
        session.documents().put("draft", noteId.toString(), drafted);
        audit(AuditAction.DRAFT);
        return drafted;
    }

    private CompletableFuture<DraftedNote> finish(CompletableFuture<DraftedNote> work) {
        return work.handleAsync((drafted, failure) -> {
            busy.set(false);
            paused.set(false);
            script = null;
            if (failure != null) {
                status.set(messages.get("ui.record.failed", BackgroundWork.cause(failure).getMessage()));
                progress.set(0);
                return null;
            }
            status.set(messages.get("ui.record.done"));
            progress.set(1);
            draft.set(drafted);
            return drafted;
        }, fx);
    }

    private void audit(AuditAction action) throws IOException {
        session.audit().append(AuditEvent.of(context.clock().instant(), session.user().hsaId().value(), action,
                noteId.toString(), 1, Map.of()));
    }

    /** The demo script's words, shown as partials and segments at a speaking pace. */
    private static final class ScriptPlayback {

        private final Transcript script;
        private final double speed;
        volatile boolean paused;
        volatile boolean stopped;

        ScriptPlayback(Transcript script, double speed) {
            this.script = script;
            this.speed = speed;
        }

        Transcript play(TranscriptionListener listener, LiveInput.Meter meter) {
            java.util.List<Segment> heard = new java.util.ArrayList<>();
            long clock = 0;
            for (Segment segment : script.segments()) {
                StringBuilder partial = new StringBuilder();
                for (var word : segment.words()) {
                    sleep((long) ((word.endMs() - clock) / speed));
                    while (paused && !stopped) {
                        sleep(50);
                    }
                    if (stopped) {
                        break;
                    }
                    clock = word.endMs();
                    partial.append(partial.isEmpty() ? "" : " ").append(word.text());
                    listener.partial(partial.toString());
                    meter.measured(clock, 0.3);
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
}
