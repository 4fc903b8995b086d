package se.diktera.app.cli;

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
import se.diktera.app.NoteWorkflow;
import se.diktera.core.store.StoreSession;

/**
 * {@code diktera review}: a reviewer's queue on the command line, on the client's workflow:
 * {@code queue} (oldest first, never one's own), {@code show}, {@code approve} (the note is queued
 * for export), {@code send-back} with a comment. Each is audited as in the client.
 */
@Command(name = "review", resourceBundle = Messages.BUNDLE,
        subcommands = {ReviewCommand.Queue.class, ReviewCommand.Show.class, ReviewCommand.Approve.class, ReviewCommand.SendBack.class})
final class ReviewCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    /** What each subcommand shares: whose queue, and the item it acts on. */
    abstract static class OnTheQueue implements Callable<Integer> {
        @ParentCommand
        ReviewCommand review;
        @Spec
        CommandSpec spec;
        @Option(names = "--as", required = true, paramLabel = "USER", descriptionKey = "cli.review.as")
        String user;

        @Override
        public Integer call() throws Exception {
            DikteraCommand root = review.parent;
            try (StoreSession session = root.unlock(user)) {
                return act(new NoteWorkflow(session, root.context().clock()), root.messages());
            }
        }

        abstract int act(NoteWorkflow workflow, Messages messages) throws Exception;

        NoteWorkflow.InReview item(NoteWorkflow workflow, String id, Messages messages) throws Exception {
            Optional<NoteWorkflow.InReview> found = workflow.reviewQueue().stream()
                    .filter(r -> r.note().id().toString().equals(id)).findFirst();
            return found.orElseThrow(() -> new IllegalArgumentException(messages.get("review.notInQueue", id)));
        }
    }

    @Command(name = "queue", resourceBundle = Messages.BUNDLE)
    static final class Queue extends OnTheQueue {
        @Override
        int act(NoteWorkflow workflow, Messages messages) throws Exception {
            for (NoteWorkflow.InReview r : workflow.reviewQueue()) {
                spec.commandLine().getOut().println(messages.get("review.queue.item", r.note().id().toString(),
                        r.consultation().clinician().name(), r.consultation().patient().identifier().formatted()));
            }
            return 0;
        }
    }

    @Command(name = "show", resourceBundle = Messages.BUNDLE)
    static final class Show extends OnTheQueue {
        @Parameters(paramLabel = "ID", descriptionKey = "cli.review.id")
        String id;

        @Override
        int act(NoteWorkflow workflow, Messages messages) throws Exception {
            NoteWorkflow.InReview r = item(workflow, id, messages);
            workflow.open(r);
            spec.commandLine().getOut().print(EhrText.of(r.note().sections()));
            return 0;
        }
    }

    @Command(name = "approve", resourceBundle = Messages.BUNDLE)
    static final class Approve extends OnTheQueue {
        @Parameters(paramLabel = "ID", descriptionKey = "cli.review.id")
        String id;

        @Override
        int act(NoteWorkflow workflow, Messages messages) throws Exception {
            var approved = workflow.approve(item(workflow, id, messages));
            spec.commandLine().getOut().println(messages.get("review.approved", id, approved.approver().name()));
            return 0;
        }
    }

    @Command(name = "send-back", resourceBundle = Messages.BUNDLE)
    static final class SendBack extends OnTheQueue {
        @Parameters(paramLabel = "ID", descriptionKey = "cli.review.id")
        String id;
        @Option(names = "--comment", required = true, paramLabel = "TEXT", descriptionKey = "cli.review.comment")
        String comment;

        @Override
        int act(NoteWorkflow workflow, Messages messages) throws Exception {
            workflow.sendBack(item(workflow, id, messages), comment);
            spec.commandLine().getOut().println(messages.get("review.sentBack", id));
            return 0;
        }
    }
}
