package se.diktera.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.EhrText;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.store.StoreSession;
import se.diktera.speech.audio.AudioFiles;

/**
 * {@code diktera note}: a clinician's dictation on the command line, on the same pipeline and
 * workflow as the client (for scripts, a dictaphone's files, tests): {@code new} dictates a
 * recording into a stored draft, {@code list}, {@code show} (a section a line, "Sökord: text"),
 * {@code submit} sends it for review, as edited in a file of that form when one is given;
 * {@code amend} corrects an approved note as a new version (reviewed again), {@code withdraw}
 * enters a note that should never have been sent in error.
 */
@Command(name = "note", resourceBundle = Messages.BUNDLE,
        subcommands = {NoteCommand.New.class, NoteCommand.ListNotes.class, NoteCommand.Show.class, NoteCommand.Submit.class,
                NoteCommand.Amend.class, NoteCommand.Withdraw.class})
final class NoteCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    /** What each subcommand shares: the clinician whose store it opens. */
    abstract static class AsClinician implements Callable<Integer> {
        @ParentCommand
        NoteCommand note;
        @Spec
        CommandSpec spec;
        @Option(names = "--as", required = true, paramLabel = "USER", descriptionKey = "cli.note.as")
        String user;

        @Override
        public Integer call() throws Exception {
            DikteraCommand root = note.parent;
            checkOptions(root.messages());
            try (StoreSession session = root.unlock(user)) {
                return act(root, session, spec.commandLine().getOut());
            }
        }

        /** Refuses bad options before the passphrase is asked for. */
        void checkOptions(Messages messages) {
        }

        abstract int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception;
    }

    @Command(name = "new", resourceBundle = Messages.BUNDLE)
    static final class New extends AsClinician {
        @Option(names = "--patient", required = true, paramLabel = "PNR", descriptionKey = "cli.note.patient")
        String patient;
        @Option(names = "--contact", required = true, paramLabel = "TYPE", descriptionKey = "cli.note.contact")
        String contact;
        @Option(names = "--template", paramLabel = "ID", defaultValue = "sv-journal", descriptionKey = "cli.note.template")
        String template;
        @Option(names = "--audio", required = true, paramLabel = "FILE", descriptionKey = "cli.note.audio")
        Path audio;

        private ContactType type;
        private PersonalIdentityNumber pnr;

        @Override
        void checkOptions(Messages messages) {
            type = contactType(contact, messages);
            pnr = PersonalIdentityNumber.parse(patient);
        }

        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            try (Engines engines = new Engines(root.context())) {
                DictationPipeline pipeline = new DictationPipeline(session, engines, new NoteAudit(session, root.context().clock()));
                NoteId id = NoteId.random();
                Consultation consultation = Consultation.begin(new PatientReference(pnr), session.user().asClinician(), type,
                        template, root.context().clock().instant());
                var heard = pipeline.record(id, consultation, () -> AudioFiles.openAsPcm(audio), false, TranscriptionListener.NONE,
                        (ms, level) -> { }, input -> { });
                DraftedNote draft = pipeline.draft(id, heard, template);
                out.println(root.messages().get("note.created", id.toString()));
                out.print(EhrText.of(draft.sections()));
                return 0;
            }
        }
    }

    @Command(name = "list", resourceBundle = Messages.BUNDLE)
    static final class ListNotes extends AsClinician {
        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            String me = session.user().hsaId().value();
            List<String> drafted = session.documents().ids("draft");
            for (String id : session.documents().ids("consultation")) {
                Optional<Consultation> c = session.documents().get("consultation", id, Consultation.class);
                if (c.isEmpty() || !c.get().clinician().hsaId().value().equals(me)) {
                    continue;
                }
                String state = session.documents().get("note", id, Note.class).map(n -> n.state().name())
                        .orElse(drafted.contains(id) ? "DRAFTED" : "RECORDING");
                out.println(root.messages().get("note.item", id, state, c.get().patient().identifier().formatted(),
                        c.get().contactType().name()));
            }
            return 0;
        }
    }

    @Command(name = "show", resourceBundle = Messages.BUNDLE)
    static final class Show extends AsClinician {
        @Parameters(paramLabel = "ID", descriptionKey = "cli.note.id")
        String id;

        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            Optional<Note> stored = session.documents().get("note", id, Note.class);
            List<NoteSection> sections = stored.isPresent() ? stored.get().sections()
                    : draft(session, id, root.messages()).sections();
            new NoteAudit(session, root.context().clock()).record(AuditAction.VIEW, id, stored.map(Note::version).orElse(1));
            out.print(EhrText.of(sections));
            return 0;
        }
    }

    @Command(name = "submit", resourceBundle = Messages.BUNDLE)
    static final class Submit extends AsClinician {
        @Option(names = "--edited", paramLabel = "FILE", descriptionKey = "cli.note.edited")
        Path edited;
        @Parameters(paramLabel = "ID", descriptionKey = "cli.note.id")
        String id;

        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            DraftedNote draft = draft(session, id, root.messages());
            Consultation consultation = session.documents().get("consultation", id, Consultation.class)
                    .orElseThrow(() -> new IllegalArgumentException(root.messages().get("note.unknown", id)));
            Map<String, String> text = edited == null ? Map.of() : sectionsFrom(Files.readString(edited), draft.sections(), root.messages());
            Note submitted = new NoteWorkflow(session, root.context().clock()).submit(NoteId.parse(id), consultation, draft, text);
            out.println(root.messages().get("note.submitted", id, submitted.state().name()));
            return 0;
        }
    }

    @Command(name = "amend", resourceBundle = Messages.BUNDLE)
    static final class Amend extends AsClinician {
        @Option(names = "--edited", required = true, paramLabel = "FILE", descriptionKey = "cli.note.amendEdited")
        Path edited;
        @Parameters(paramLabel = "ID", descriptionKey = "cli.note.id")
        String id;

        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            Note stored = session.documents().get("note", id, Note.class)
                    .orElseThrow(() -> new IllegalArgumentException(root.messages().get("note.unknown", id)));
            Map<String, String> text = sectionsFrom(Files.readString(edited), stored.sections(), root.messages());
            Note amended = new NoteWorkflow(session, root.context().clock()).amend(NoteId.parse(id), text);
            out.println(root.messages().get("note.amended", id, amended.version(), amended.state().name()));
            return 0;
        }
    }

    @Command(name = "withdraw", resourceBundle = Messages.BUNDLE)
    static final class Withdraw extends AsClinician {
        @Parameters(paramLabel = "ID", descriptionKey = "cli.note.id")
        String id;

        @Override
        int act(DikteraCommand root, StoreSession session, PrintWriter out) throws Exception {
            var withdrawn = new NoteWorkflow(session, root.context().clock()).enterInError(NoteId.parse(id));
            out.println(root.messages().get("note.withdrawn", id, withdrawn.note().version()));
            return 0;
        }
    }

    static DraftedNote draft(StoreSession session, String id, Messages messages) throws Exception {
        return session.documents().get("draft", id, DraftedNote.class)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("note.unknown", id)));
    }

    /**
     * A file in the form {@code show} prints, "Heading: text" a line, as the sections' text; a
     * statement a sentence, as on the draft screen. A heading the template does not have is refused.
     */
    static Map<String, String> sectionsFrom(String file, List<NoteSection> sections, Messages messages) {
        Map<String, String> byHeading = new LinkedHashMap<>();
        sections.forEach(s -> byHeading.put(s.heading().toLowerCase(Locale.ROOT), s.key()));
        Map<String, String> text = new LinkedHashMap<>();
        sections.forEach(s -> text.put(s.key(), ""));
        for (String line : file.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? null : byHeading.get(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            if (key == null) {
                throw new IllegalArgumentException(messages.get("note.badLine", line.length() > 40 ? line.substring(0, 40) : line));
            }
            text.put(key, String.join("\n", line.substring(colon + 1).strip().split("(?<=[.!?])\\s+")));
        }
        return text;
    }

    private static ContactType contactType(String said, Messages messages) {
        String s = said.toUpperCase(Locale.ROOT).replace('Ö', 'O').replace('Ä', 'A').replace('Å', 'A').replace('-', '_');
        for (ContactType t : ContactType.values()) {
            if (t.name().equals(s) || t.name().endsWith("_" + s)) {
                return t;
            }
        }
        throw new IllegalArgumentException(messages.get("note.badContact", said));
    }
}
