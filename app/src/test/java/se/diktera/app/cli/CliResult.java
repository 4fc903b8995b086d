package se.diktera.app.cli;

/** {@link CliRun} for tests outside this package. */
public record CliResult(int exitCode, String out, String err) {

    public static CliResult run(String... args) {
        CliRun r = CliRun.of(args);
        return new CliResult(r.exitCode(), r.out(), r.err());
    }
}
