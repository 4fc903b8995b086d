package se.diktera.app.cli;

import java.io.PrintWriter;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.AuditCheck;
import se.diktera.app.Messages;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.store.AuditLog;
import se.diktera.core.store.StoreSession;

/** {@code diktera audit verify | show --note ID}: check the hash chain; print a note's history. */
@Command(name = "audit", resourceBundle = Messages.BUNDLE, subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
final class AuditCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "verify", resourceBundle = Messages.BUNDLE)
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;
        @Spec
        CommandSpec spec;
        @Option(names = "--as", required = true, paramLabel = "USER", descriptionKey = "cli.audit.as")
        String user;

        @Override
        public Integer call() throws Exception {
            try (StoreSession session = audit.parent.unlock(user)) {
                AuditLog.Verification v = AuditCheck.thorough(audit.parent.context().vault(), session, audit.parent.context().clock());
                Messages m = audit.parent.messages();
                spec.commandLine().getOut().println(v.intact() ? m.get("audit.intact", v.entries())
                        : m.get("audit.broken", v.problem()));
                return v.intact() ? 0 : UserErrorHandler.USER_ERROR;
            }
        }
    }

    @Command(name = "show", resourceBundle = Messages.BUNDLE)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;
        @Spec
        CommandSpec spec;
        @Option(names = "--as", required = true, paramLabel = "USER", descriptionKey = "cli.audit.as")
        String user;
        @Option(names = "--note", required = true, paramLabel = "ID", descriptionKey = "cli.audit.note")
        String note;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (StoreSession session = audit.parent.unlock(user)) {
                for (AuditEvent e : session.audit().eventsFor(note)) {
                    out.printf("%s  %-20s %-14s v%s %s%n", e.at(), e.actorId(), e.action(),
                            e.noteVersion() == null ? "-" : e.noteVersion(), new TreeMap<>(e.details()));
                }
            }
            return 0;
        }
    }
}
