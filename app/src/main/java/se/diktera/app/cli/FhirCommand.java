package se.diktera.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.engine.ExportException;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.FhirExporters;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.server.FhirSearch;

/** {@code diktera fhir search --patient PNR}: what arrived on the FHIR server, for integrators. */
@Command(name = "fhir", resourceBundle = Messages.BUNDLE, subcommands = FhirCommand.Search.class)
final class FhirCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "search", resourceBundle = Messages.BUNDLE)
    static final class Search implements Callable<Integer> {
        @ParentCommand
        FhirCommand fhir;
        @Spec
        CommandSpec spec;
        @Option(names = "--server", paramLabel = "URL", descriptionKey = "cli.export.server")
        URI server;
        @Option(names = "--patient", required = true, paramLabel = "PNR", descriptionKey = "cli.fhir.patient")
        String patient;
        @Option(names = "--type", paramLabel = "LOINC", descriptionKey = "cli.fhir.type")
        String type;
        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.fhir.status")
        String status;
        @Option(names = {"--since", "--date"}, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.fhir.since")
        LocalDate since;
        @Option(names = "--last-updated", paramLabel = "INSTANT", descriptionKey = "cli.fhir.lastUpdated")
        Instant lastUpdated;

        @Override
        public Integer call() throws Exception {
            PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(patient);
            // The device's own server and identifier systems unless told otherwise.
            ClientSettings device = fhir.parent.context().settings().loadOrDefaults();
            URI base = server != null ? server : device.fhirServer();
            if (base == null) {
                throw new ExportException(Problem.NO_DESTINATION, fhir.parent.messages().get("fhir.noServer"), false, null);
            }
            FhirSettings settings = device.fhir(base, System.getenv(ClientSettings.TOKEN_VARIABLE));
            FhirSearch search = new FhirExporters(ForkJoinPool.commonPool()).search(settings);
            PrintWriter out = spec.commandLine().getOut();
            var found = search.notesOf(pnr, new FhirSearch.Criteria(type, status, since, lastUpdated));
            for (FhirSearch.Found f : found) {
                out.printf("  %-28s %-30s %-9s %-16s %-8s %s%s%n", f.id(), f.date(), f.type(), f.status(), f.docStatus(), f.identifier(),
                        f.replaces().isEmpty() ? "" : " ← " + f.replaces());
            }
            out.println(fhir.parent.messages().get("fhir.found", found.size()));
            return 0;
        }
    }
}
