package se.diktera.app.ui;

import java.util.Date;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.ServerReviewLink;
import se.diktera.app.TemplateChoices;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.app.dictation.InterruptedRecordings;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Transcript;

/**
 * A clinician's way through the client: start a consultation, record it, check and edit the draft,
 * submit; and, at sign-in, the recordings a crash interrupted, offered to be drafted or discarded.
 * FX thread only; the work runs on the background executor.
 */
final class ClinicianScreens {

    private final AppContext context;
    private final StoreSession session;
    private final DictationPipeline pipeline;
    private final ServerReviewLink reviewLink;
    private final Messages messages;
    private final ProblemText problems;
    private final Executor background;
    private final DemoMode demo;
    private final Shell shell;
    private final BooleanProperty working;

    ClinicianScreens(AppContext context, StoreSession session, Engines engines, ServerReviewLink reviewLink, Messages messages,
            Executor background, DemoMode demo, Shell shell, BooleanProperty working) {
        this.context = context;
        this.reviewLink = reviewLink;
        this.session = session;
        this.pipeline = new DictationPipeline(session, engines, new NoteAudit(session, context.clock()));
        this.messages = messages;
        this.problems = new ProblemText(messages);
        this.background = background;
        this.demo = demo;
        this.shell = shell;
        this.working = working;
    }

    /**
     * The home screen: a new consultation, unless a recording of this clinician's was interrupted or
     * a reviewer sent a note back (asking the review server first, when the device uses one).
     */
    void home() {
        showConsultation();
        BackgroundTask.of(() -> InterruptedRecordings.mine(session)).onSuccess(found -> {
            if (!found.isEmpty()) {
                offer(found);
            } else {
                checkSentBack();
            }
        }).run(background, Platform::runLater);
    }

    private NoteWorkflow workflow() {
        return new NoteWorkflow(session, context.clock(), reviewLink);
    }

    private void checkSentBack() {
        BackgroundTask.of(() -> {
            reviewLink.sync();
            return workflow().sentBack();
        }).onSuccess(found -> {
            if (!found.isEmpty()) {
                offerSentBack(found);
            }
        }).run(background, Platform::runLater);
    }

    /** The oldest note sent back, with the reviewer's comment: opened in the draft editor to change and submit again. */
    private void offerSentBack(List<NoteWorkflow.SentBack> found) {
        NoteWorkflow.SentBack first = found.get(0);
        VBox box = Views.page(messages, "ui.sentBack.title");
        Label what = Views.label("sent-back-text", null);
        what.setWrapText(true);
        what.setText(messages.get("ui.sentBack.text", Date.from(first.consultation().start()),
                first.consultation().patient().identifier().formatted(), found.size(), first.comment()));
        Button open = Views.button(messages, "ui.sentBack.open", "sent-back-open");
        open.setDefaultButton(true);
        Button later = Views.button(messages, "ui.sentBack.later", "sent-back-later");
        Label status = Views.label("sent-back-status", null);
        String id = first.note().id().toString();
        open.setOnAction(e -> BackgroundTask.of(() -> {
            DraftedNote drafted = session.documents().get("draft", id, DraftedNote.class).orElseThrow();
            Transcript transcript = session.documents().get("transcript", id, Transcript.class).orElseThrow();
            // The note as it was sent, on the draft it came from: drafted lines keep their evidence.
            return new Recovered(new DraftedNote(drafted.templateId(), drafted.language(), first.note().sections(), drafted.facts(),
                    drafted.modelId(), drafted.messages()), transcript);
        }).onSuccess(done -> showDraft(first.note().id(), done.transcript(), first.consultation(), done.draft(), first.comment()))
                .onFailure(failure -> status.setText(problems.on("ui.sentBack.failed", failure)))
                .run(background, Platform::runLater));
        later.setOnAction(e -> showConsultation());
        box.getChildren().addAll(what, new HBox(8, open, later), status);
        shell.show(keys -> box);
    }

    void showConsultation() {
        ConsultationViewModel vm = new ConsultationViewModel(messages, TemplateChoices.orBuiltIn(context));
        if (demo != null && demo.templateId() != null) {
            vm.templateId().set(demo.templateId());
        }
        shell.show(keys -> Views.consultation(vm, messages, () -> showRecord(vm), keys));
    }

    private void showRecord(ConsultationViewModel details) {
        Consultation consultation = Consultation.begin(new PatientReference(details.patient()), session.user().asClinician(),
                details.contactType().get(), details.templateId().get(), context.clock().instant());
        RecordingViewModel vm = new RecordingViewModel(pipeline, consultation, background, messages, Platform::runLater);
        working.bind(vm.busy());
        vm.draft().addListener((obs, old, note) -> {
            if (note != null) {
                showDraft(vm.noteId(), vm.transcript().get(), consultation, note, null);
            }
        });
        String template = consultation.templateId();
        Runnable playDemo = demo == null ? null : () -> {
            if (demo.audio() != null) {
                vm.recordFromFile(demo.audio(), demo.speed(), template);
            } else {
                vm.playScript(demo.script(), demo.speed());
            }
        };
        shell.show(keys -> RecordView.build(vm, messages, template, playDemo, keys,
                file -> vm.importFile(file.toPath(), template)));
        vm.check();
    }

    /** @param sentBack the reviewer's comment when the note was sent back; null for a new draft */
    private void showDraft(NoteId id, Transcript transcript, Consultation consultation, DraftedNote draft, String sentBack) {
        working.unbind();
        working.set(false);
        DraftViewModel vm = new DraftViewModel(session, id, draft, transcript, messages, background, Platform::runLater,
                context.clock());
        if (sentBack != null) {
            vm.status().set(messages.get("ui.draft.sentBack", sentBack));
        }
        shell.show(keys -> DraftView.build(vm, messages, keys, shell.clipboardClearAfter(), edited ->
                vm.submit(workflow(), consultation, edited).thenAccept(note -> {
                    if (note != null) {
                        shell.message("ui.submitted.title", messages.get(reviewLink.configured() ? "ui.submitted.textServer"
                                : "ui.submitted.text"));
                        sendToReviewers();
                    }
                })));
    }

    /** Sends what waits for the review server now, if the network allows; otherwise it goes at the next round. */
    private void sendToReviewers() {
        if (reviewLink.configured()) {
            BackgroundTask.of(reviewLink::sync).run(background, Platform::runLater);
        }
    }

    /** The oldest interrupted recording, with what can be done with it; the others follow. */
    private void offer(List<InterruptedRecordings.Interrupted> found) {
        InterruptedRecordings.Interrupted r = found.get(0);
        VBox box = Views.page(messages, "ui.recovery.title");
        Label what = Views.label("recovery-text", null);
        what.setWrapText(true);
        what.setText(messages.get("ui.recovery.text", found.size(), Date.from(r.startedAt()), r.seconds(),
                r.consultation().map(c -> messages.get("ui.contact." + c.contactType().name())).orElse("")));
        Button draft = Views.button(messages, "ui.recovery.draft", "recovery-draft");
        draft.setDefaultButton(true);
        Button discard = Views.button(messages, "ui.recovery.discard", "recovery-discard");
        Button later = Views.button(messages, "ui.recovery.later", "recovery-later");
        Label status = Views.label("recovery-status", null);
        NoteId id = NoteId.parse(r.id());
        draft.setOnAction(e -> {
            status.setText(messages.get("ui.record.drafting"));
            working.set(true);
            BackgroundTask.of(() -> new Recovered(pipeline.recover(id, r.consultation().map(Consultation::templateId)
                    .orElse(null)), session.documents().get("transcript", r.id(), Transcript.class).orElseThrow()))
                    .onSuccess(done -> {
                        if (r.consultation().isPresent()) {
                            showDraft(id, done.transcript(), r.consultation().get(), done.draft(), null);
                        } else {
                            shell.message("ui.recovery.title", messages.get("ui.recovery.noConsultation"));
                        }
                    })
                    .onFailure(failure -> status.setText(problems.on("ui.recovery.failed", failure)))
                    .onFinished(() -> working.set(false))
                    .run(background, Platform::runLater);
        });
        discard.setOnAction(e -> BackgroundTask.of(() -> {
            pipeline.discard(id);
            return InterruptedRecordings.mine(session);
        }).onSuccess(left -> {
            if (left.isEmpty()) {
                showConsultation();
            } else {
                offer(left);
            }
        }).onFailure(failure -> status.setText(problems.on("ui.recovery.failed", failure)))
                .run(background, Platform::runLater));
        later.setOnAction(e -> showConsultation());
        box.getChildren().addAll(what, new HBox(8, draft, discard, later), status);
        shell.show(keys -> box);
    }

    private record Recovered(DraftedNote draft, Transcript transcript) {
    }
}
