package se.diktera.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.Messages;
import se.diktera.app.followup.FollowUp;
import se.diktera.core.store.StoreSession;

/**
 * {@code diktera followup}: this device's key figures for the region's shared follow-up
 * spreadsheet (aggregates only, fewer than five notes shown as "&lt;5", the export audited), and
 * {@code followup merge}: several devices' workbooks added up into one.
 */
@Command(name = "followup", resourceBundle = Messages.BUNDLE, subcommands = FollowUpCommand.Merge.class)
final class FollowUpCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "ADMIN", descriptionKey = "cli.followup.as")
    String user;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.followup.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.followup.to")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE.xlsx", descriptionKey = "cli.followup.out")
    Path out;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "cli.followup.unit")
    String unit;

    @Option(names = "--baseline-minutes", paramLabel = "MIN", descriptionKey = "cli.followup.baseline")
    double baselineMinutes = FollowUp.DEFAULT_BASELINE_MINUTES;

    @Override
    public Integer call() throws Exception {
        Messages messages = parent.messages();
        if (user == null || from == null || to == null || out == null) {
            throw new IllegalArgumentException(messages.get("followup.needs"));
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(messages.get("followup.badPeriod"));
        }
        if (!out.getFileName().toString().endsWith(".xlsx")) {
            throw new IllegalArgumentException(messages.get("followup.notXlsx"));
        }
        ZoneId zone = ZoneId.systemDefault();
        try (StoreSession session = parent.unlock(user)) {
            FollowUp.Written written = new FollowUp(messages, parent.context().clock(), zone).export(session,
                    from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                    unit == null ? messages.get("followup.thisDevice") : unit, baselineMinutes, out);
            spec.commandLine().getOut().println(messages.get("followup.written", written.notes(), written.files().size(), out));
        }
        return 0;
    }

    @Command(name = "merge", resourceBundle = Messages.BUNDLE)
    static final class Merge implements Callable<Integer> {

        @ParentCommand
        FollowUpCommand followUp;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "cli.followup.out")
        Path out;

        @Parameters(arity = "1..*", paramLabel = "WORKBOOK", descriptionKey = "cli.followup.workbooks")
        List<Path> workbooks;

        @Override
        public Integer call() throws Exception {
            Messages messages = followUp.parent.messages();
            FollowUp.Written written = new FollowUp(messages, followUp.parent.context().clock(), ZoneId.systemDefault())
                    .merge(workbooks, out);
            spec.commandLine().getOut().println(messages.get("followup.merged", workbooks.size(), written.notes(), out));
            return 0;
        }
    }
}
