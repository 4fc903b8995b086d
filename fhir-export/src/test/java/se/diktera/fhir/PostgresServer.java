package se.diktera.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of Debian's {@code postgresql} package, a cluster of its own in a
 * temporary folder, listening on 127.0.0.1 only at a free port, for the tests and the sandbox.
 * PostgreSQL refuses to run as root: as root the cluster belongs to the package's {@code postgres}
 * user and its programs run as that user ({@code runuser}).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "diktera";

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private PostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Creates a cluster, starts it and creates {@code database} in it. */
    public static PostgresServer start(String database) throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("diktera-postgres");
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        int port = freePort();
        PostgresServer server = new PostgresServer(bin, dir, port);
        // A JVM stopped from outside (Ctrl-C, a killed test run) stops its database too.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-stop"));
        server.pg("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale");
        server.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c max_connections=200", "start");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            server.close();
            throw new IOException("Could not create the database " + database + ": " + e.getMessage(), e);
        }
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The newest PostgreSQL of the machine's {@code postgresql} package. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IOException("PostgreSQL is not installed: apt-get install postgresql (.ci/prerequisites does)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(p -> p.resolve("bin"))
                    .orElseThrow(() -> new IOException("No initdb under " + root + ": apt-get install postgresql"));
        }
    }

    private void pg(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path said = Files.createTempFile("diktera-postgres", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 90 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + Files.readString(said, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(said);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public synchronized void close() {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try {
            pg("pg_ctl", "-D", dataDir.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (IOException | InterruptedException e) {
            // stopping at exit: the folder below goes anyway
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder
        }
    }
}
