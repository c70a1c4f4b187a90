package dev.cleanclaim.app.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * `cleanclaim serve` as a separate JVM, as a practice runs it: started on the test's own classpath, with its output
 * in a file outside the data folder, and killed the way a crash or a power cut would end it.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    /** Generous: a JVM starting on a busy 2-core machine beside other builds. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final int port;

    private ServeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts serve on the folder and returns once it answers HTTP; its output goes to {@code log}. */
    static ServeProcess start(Path data, Path log, Map<String, String> environment) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A short-lived server: the C1 compiler alone and the serial collector start it sooner.
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find()) {
                ServeProcess serve = new ServeProcess(process, log, Integer.parseInt(serving.group(1)));
                serve.awaitAnswer(deadline);
                return serve;
            }
            if (!process.isAlive()) {
                throw new AssertionError("serve stopped before it served: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("serve did not start within " + START_LIMIT + ": " + Files.readString(log));
    }

    private void awaitAnswer(Instant deadline) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            try {
                client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("serve printed its address but never answered: " + Files.readString(log));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL on Linux: no shutdown hook, no close, nothing flushed; what was answered must be on the disk already. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * The TCP ports the process listens on, from the sockets its descriptors hold matched against the kernel's tables;
     * empty where /proc is not there to read (not Linux).
     */
    Optional<Set<Integer>> listeningPorts() throws IOException {
        Path descriptors = Path.of("/proc", Long.toString(process.pid()), "fd");
        if (!Files.isDirectory(descriptors)) {
            return Optional.empty();
        }
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> fds = Files.list(descriptors)) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between the listing and the read is no listening socket
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(process.pid()), "net", table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] columns = line.trim().split("\\s+");
                // columns: sl local_address rem_address st ... inode; st 0A is LISTEN
                if (columns.length > 9 && columns[3].equals("0A") && sockets.contains(columns[9])) {
                    ports.add(Integer.parseInt(columns[1].substring(columns[1].indexOf(':') + 1), 16));
                }
            }
        }
        return Optional.of(ports);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
