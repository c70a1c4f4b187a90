package dev.cleanclaim.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.security.Totp;
import dev.cleanclaim.app.testing.TestWorkspace;
import dev.cleanclaim.store.AuditEntry;
import dev.cleanclaim.store.Database;
import dev.cleanclaim.store.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a practice's server answered stays answered: serve, a separate JVM on a data folder of its own, is killed
 * (SIGKILL) right after a burst of patients it confirmed with 201, ten times over; each restart finds every one,
 * and each with the audit row of its creation.
 */
class KilledServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RUNS = 10;
    private static final int BURST = 40;
    private static final String ADMIN_PASSWORD = "crash-test-" + Long.toHexString(Double.doubleToLongBits(Math.random()))
            + "-kept-nowhere";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void ten_kills_right_after_confirmed_patient_creations_lose_no_patient_and_no_audit_row(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        assertThat(Cli.run("practice", "import", Path.of("..", "examples", "practice-real.yaml").toString(),
                "--data", data.toString()).exitCode()).isEqualTo(ExitCode.OK);
        List<Long> answered = new ArrayList<>();
        String token = null;
        for (int run = 1; run <= RUNS; run++) {
            try (ServeProcess serve = ServeProcess.start(data, temp.resolve("serve-" + run + ".log"),
                    Map.of("CLEANCLAIM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    InitialUsers.ADMIN_TOTP_SECRET, TestWorkspace.TOTP_SECRET))) {
                if (token == null) {
                    token = token(serve);
                }
                Set<Long> found = patientIds(serve, token);
                System.out.printf("crash run %d: %d patient(s) answered 201 before the kills, %d found after restart%n",
                        run - 1, answered.size(), answered.stream().filter(found::contains).count());
                assertThat(found).as("after kill %d, every patient answered 201 is there", run - 1).containsAll(answered);
                answered.addAll(burst(serve, token, run));
                serve.kill();
            }
        }
        try (Database database = Database.open(DatabaseSettings.embedded(data), Cli.CLOCK)) {
            Set<String> created = database.audit().recent(1_000_000).stream()
                    .filter(entry -> entry.action().equals("create") && entry.entity().equals("patient"))
                    .map(AuditEntry::entityId).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
            for (long id : answered) {
                assertThat(database.patients().find(id)).as("patient %d, answered 201", id).isPresent();
            }
            assertThat(created).as("each answered patient has its create audit row")
                    .containsAll(answered.stream().map(String::valueOf).toList());
            System.out.printf("crash runs: %d patient(s) answered 201 over %d kills, %d found, %d with a create audit row%n",
                    answered.size(), RUNS, answered.stream().filter(id -> database.patients().find(id).isPresent()).count(),
                    answered.stream().map(String::valueOf).filter(created::contains).count());
        }
        assertThat(answered).hasSize(RUNS * BURST);
    }

    @Test
    void a_running_serve_listens_on_its_http_port_alone_keeps_its_folder_owner_only_and_turns_the_cli_away(@TempDir Path temp)
            throws Exception {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path data = temp.resolve("data");
        assertThat(Cli.run("practice", "import", Path.of("..", "examples", "practice-real.yaml").toString(),
                "--data", data.toString()).exitCode()).isEqualTo(ExitCode.OK);
        try (ServeProcess serve = ServeProcess.start(data, temp.resolve("serve.log"),
                Map.of("CLEANCLAIM_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    InitialUsers.ADMIN_TOTP_SECRET, TestWorkspace.TOTP_SECRET))) {
            String token = token(serve);
            burst(serve, token, 1);

            assertThat(serve.output()).as("H2 runs inside serve, with no server mode").doesNotContain("AUTO_SERVER")
                    .doesNotContain("tcp://");
            serve.listeningPorts().ifPresentOrElse(
                    ports -> assertThat(ports).as("the ports serve listens on").containsExactly(serve.port()),
                    () -> System.out.println("no /proc here: the listening sockets of serve were not checked"));

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                List<Path> all = files.toList();
                assertThat(all).extracting(file -> file.getFileName().toString())
                        .contains("cleanclaim.mv.db").noneMatch(name -> name.endsWith(".trace.db"));
                for (Path file : all) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                            .isEqualTo(Files.isDirectory(file) ? "rwx------" : "rw-------");
                }
            }

            Cli.Run beside = Cli.run("practice", "export", "--data", data.toString());
            assertThat(beside.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(beside.err()).contains("the data folder " + data.toAbsolutePath() + " is in use by a running `cleanclaim serve`")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(beside.out()).isEmpty();
        }
    }

    private String token(ServeProcess serve) throws Exception {
        // a scripted set-up: the admin's authenticator secret came from the environment, so the script computes the code
        String code = Totp.code(TestWorkspace.TOTP_SECRET, Totp.step(java.time.Instant.now()));
        String body = JSON.createObjectNode().put("username", "admin").put("password", ADMIN_PASSWORD).put("code", code)
                .put("label", "crash test").toString();
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(serve.uri("/api/v1/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("token").asText();
    }

    /** The patients serve holds, as the API lists them. */
    private Set<Long> patientIds(ServeProcess serve, String token) throws Exception {
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(serve.uri("/api/v1/patients"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        Set<Long> ids = new java.util.HashSet<>();
        for (JsonNode item : JSON.readTree(list.body()).get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    /** {@value #BURST} patients created at once (eight requests in flight); the ids of those answered 201. */
    private List<Long> burst(ServeProcess serve, String token, int run) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String patient = """
                    {"firstName": "Crash", "lastName": "Run", "birthDate": "1980-02-29", "sex": "F",
                     "address": {"line1": "10 SE Main St", "city": "Portland", "state": "OR", "zip": "97214"},
                     "accountNumber": "K%02d-%02d", "payer": "commercial",
                     "insurance": {"memberId": "XQ1234567", "groupNumber": "G-1", "relationship": "self"},
                     "confirmDuplicate": true}"""
                    .formatted(run, i);
            sent.add(client.sendAsync(HttpRequest.newBuilder(serve.uri("/api/v1/patients"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(patient)).build(), HttpResponse.BodyHandlers.ofString()));
            if (sent.size() % 8 == 0) {
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            }
        }
        List<Long> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            HttpResponse<String> created = response.join();
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            ids.add(JSON.readTree(created.body()).get("id").asLong());
        }
        return ids;
    }
}
