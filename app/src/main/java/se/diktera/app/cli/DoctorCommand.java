package se.diktera.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import se.diktera.app.Messages;
import se.diktera.app.doctor.Doctor;
import se.diktera.app.doctor.Finding;

/** {@code diktera doctor}: says what this device lacks to run Diktera and how to fix it. */
@Command(name = "doctor", resourceBundle = Messages.BUNDLE)
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        List<Finding> findings = new Doctor(parent.context(), messages, Runtime.version()).examine();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("doctor.title"));
        for (Finding f : findings) {
            out.printf("  %-6s %s%n", "[" + f.status() + "]", f.message());
            if (f.fix() != null) {
                out.printf("         %s %s%n", messages.get("doctor.fix"), f.fix());
            }
        }
        long failures = findings.stream().filter(f -> f.status() == Finding.Status.FAIL).count();
        long warnings = findings.stream().filter(f -> f.status() == Finding.Status.WARN).count();
        out.println(messages.get("doctor.summary", failures, warnings));
        return failures == 0 ? 0 : UserErrorHandler.USER_ERROR;
    }
}
