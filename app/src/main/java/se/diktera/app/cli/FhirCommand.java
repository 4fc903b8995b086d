package se.diktera.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.core.identity.PersonalIdentityNumber;
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
        @Option(names = "--server", required = true, paramLabel = "URL", descriptionKey = "cli.export.server")
        URI server;
        @Option(names = "--patient", required = true, paramLabel = "PNR", descriptionKey = "cli.fhir.patient")
        String patient;
        @Option(names = "--type", paramLabel = "LOINC", descriptionKey = "cli.fhir.type")
        String type;
        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.fhir.status")
        String status;

        @Override
        public Integer call() throws Exception {
            PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(patient);
            FhirSettings settings = FhirSettings.defaults(server).withBearerToken(System.getenv("DIKTERA_FHIR_TOKEN"));
            FhirSearch search = new FhirExporters(ForkJoinPool.commonPool()).search(settings);
            PrintWriter out = spec.commandLine().getOut();
            var found = search.notesOf(pnr, type, status);
            for (FhirSearch.Found f : found) {
                out.printf("  %-28s %-30s %-9s %-11s %-6s %s%n", f.id(), f.date(), f.type(), f.status(), f.docStatus(), f.identifier());
            }
            out.println(fhir.parent.messages().get("fhir.found", found.size()));
            return 0;
        }
    }
}
