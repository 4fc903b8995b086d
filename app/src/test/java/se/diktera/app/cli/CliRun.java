package se.diktera.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    /** With {@code stdin} as standard input (passphrases, one per line). */
    public static CliRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DikteraCommand.execute(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DikteraCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
