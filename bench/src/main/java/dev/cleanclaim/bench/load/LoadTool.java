package dev.cleanclaim.bench.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The load tool: N concurrent clients drive the REST API over loopback, bounded by a request count and a duration,
 * and the latencies are reported per kind of request. Runs from the bench jar:
 * {@code java -cp bench/target/benchmarks.jar dev.cleanclaim.bench.load.LoadTool --help}.
 */
@Command(name = "load", sortOptions = false,
        description = "Drives the cleanclaim REST API with concurrent clients and reports throughput and latency"
                + " (p50/p90/p99/p99.9/max) per kind of request. Without --url it starts the whole server in this JVM over a"
                + " fresh in-memory H2 database with the demo practice, on a free loopback port.",
        footer = {"", "Exit codes: 0 every request succeeded, 1 some request failed (non-2xx or no answer), 2 bad options"
                + " or the load could not start (no server, no token)."})
public final class LoadTool implements Callable<Integer> {

    static final int OK = 0;
    static final int REQUESTS_FAILED = 1;
    static final int CANNOT_RUN = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "A running server, e.g. http://127.0.0.1:8080/ (default: start one in process).")
    private URI url;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = InProcessServer.USER, description = "Whose API token to use (default ${DEFAULT-VALUE}).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:CLEANCLAIM_LOAD_PASSWORD}",
            description = "The user's password, for a token (default: $CLEANCLAIM_LOAD_PASSWORD; known for the in-process server).")
    private String password;

    @Option(names = "--code", paramLabel = "CODE",
            description = "With --password, for an admin or biller: the code their authenticator app shows now "
                    + "(e.g. $(oathtool --totp -b SECRET)); computed for the in-process server.")
    private String code;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CLEANCLAIM_LOAD_TOKEN}",
            description = "An API token to use instead of a password (default: $CLEANCLAIM_LOAD_TOKEN).")
    private String token;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--requests", paramLabel = "M", description = "Stop after M requests (or at --duration, whichever is first).")
    private Long requests;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Stop after this long (default 10, or 600 with --requests).")
    private Double duration;

    @Option(names = "--rate", paramLabel = "PER-SECOND",
            description = "Open loop: requests due at this fixed rate in all, latency counted from when each was due"
                    + " (default: closed loop, each client sends again as soon as answered).")
    private Double rate;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Load sent first and not counted, for the JIT and the connections (default ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--mix", paramLabel = "KIND=WEIGHT,...", defaultValue = RequestMix.DEFAULT, converter = MixConverter.class,
            description = "Kinds of request and their weights, from scrub, claims, health (default ${DEFAULT-VALUE}).")
    private RequestMix mix;

    @Option(names = "--claims-query", paramLabel = "QUERY", defaultValue = "limit=50",
            description = "Query string of the claim list requests (default ${DEFAULT-VALUE}).")
    private String claimsQuery;

    @Option(names = "--visit", paramLabel = "FILE",
            description = "A visit contract for the scrub requests; repeat for more (default: the 16 examples).")
    private List<Path> visits = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A request with no answer by then fails (default ${DEFAULT-VALUE}).")
    private double timeout;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print the summary as JSON on standard output (the table goes to standard error).")
    private boolean json;

    /** StAEDI logs its schema details through java.util.logging when the demo practice is seeded; kept quiet. */
    private static final String KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

    private static final java.util.logging.Logger STAEDI_LOG = java.util.logging.Logger.getLogger("io.xlate");

    public static void main(String[] args) {
        // The in-process server's libraries log their start-up at INFO; the summary is what matters here.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        STAEDI_LOG.setLevel(java.util.logging.Level.WARNING);
        // The server closes a connection idle for 30 s; the JDK client keeps idle ones for 1200 s and, not retrying a
        // POST, would report the race on a closed connection as a failed scrub. Below 30 s no such race is left.
        if (System.getProperty(KEEP_ALIVE) == null) {
            System.setProperty(KEEP_ALIVE, "20");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs in process with the output given: what the tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = new CommandLine(new LoadTool()).setOut(out).setErr(err)
                .setExecutionExceptionHandler(LoadTool::cannotRun).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() throws InterruptedException {
        Bounds bounds = bounds();
        Pacing pacing = rate == null ? new Pacing.ClosedLoop() : open(rate);
        if (clients < 1 || clients > 1000) {
            throw new ParameterException(spec.commandLine(), "--clients must be from 1 to 1000, got " + clients);
        }
        if (url != null && token == null && password == null) {
            throw new ParameterException(spec.commandLine(), "a server at --url needs --password (or $CLEANCLAIM_LOAD_PASSWORD)"
                    + " for " + user + ", or --token");
        }
        List<String> bodies = visits.isEmpty() ? VisitBodies.examples() : VisitBodies.files(visits);
        PrintWriter err = spec.commandLine().getErr();
        try (InProcessServer inProcess = url == null ? InProcessServer.start() : null) {
            URI server = url != null ? url : inProcess.url();
            Duration requestTimeout = seconds("--timeout", timeout);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(requestTimeout).build();
            String bearer = token != null ? token : TokenRequest.token(http, server, user,
                    password != null ? password : InProcessServer.PASSWORD,
                    url == null ? Optional.of(InProcessServer.code()) : Optional.ofNullable(code), requestTimeout);
            LoadRun run = new LoadRun(http, new Requests(server, bearer, bodies, claimsQuery, requestTimeout), mix, pacing, clients);
            if (warmup > 0) {
                err.println("load: warming up for " + LoadFormat.number(warmup) + " s against " + server);
                run.run(Bounds.forTime(seconds("--warmup", warmup)));
            }
            err.println("load: measuring for up to " + LoadFormat.number(bounds.duration().toMillis() / 1000.0) + " s"
                    + (bounds.maxRequests() == Bounds.UNLIMITED ? "" : " or " + bounds.maxRequests() + " requests"));
            err.flush();
            String setup = clients + " clients, " + pacing.describe() + ", mix " + mix + ", warm-up "
                    + LoadFormat.number(warmup) + " s, " + (url == null ? "in-process server at " : "server ") + server;
            Summary summary = Summary.of(setup, run.run(bounds), mix.kinds());
            report(summary, pacing);
            return summary.failed() == 0 ? OK : REQUESTS_FAILED;
        } catch (TokenRequest.SetupFailed e) {
            err.println("load: " + e.getMessage());
            return CANNOT_RUN;
        }
    }

    // Exit code 1 means "requests failed" to scripts; a visit file that cannot be read, or a server that cannot
    // start, is the load not running at all.
    private static int cannotRun(Exception failure, CommandLine command, CommandLine.ParseResult parseResult) {
        command.getErr().println("load: cannot run: " + (failure instanceof java.io.UncheckedIOException
                ? failure.getMessage() : failure.toString()));
        return CANNOT_RUN;
    }

    private void report(Summary summary, Pacing pacing) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String table = SummaryText.format(summary);
        if (json) {
            out.println(SummaryJson.format(summary));
            err.print(table);
        } else {
            out.print(table);
        }
        // Little's law: a schedule needs about rate x latency clients; with fewer, requests queue in the tool.
        if (pacing instanceof Pacing.OpenLoop open && summary.total().perSecond() < 0.95 * open.rate()) {
            err.println("load: the run fell behind its schedule (" + LoadFormat.number(Math.round(summary.total().perSecond()))
                    + " of " + LoadFormat.number(open.rate()) + " req/s); its latencies include the wait."
                    + " More --clients help if the server is not saturated.");
        }
    }

    private Bounds bounds() {
        if (requests != null && requests < 1) {
            throw new ParameterException(spec.commandLine(), "--requests must be at least 1, got " + requests);
        }
        double time = duration != null ? duration : requests != null ? 600 : 10;
        return new Bounds(requests != null ? requests : Bounds.UNLIMITED, seconds("--duration", time));
    }

    private Pacing open(double perSecond) {
        if (!(perSecond > 0) || perSecond > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--rate must be above 0 and at most 1000000, got "
                    + LoadFormat.number(perSecond));
        }
        return new Pacing.OpenLoop(perSecond);
    }

    private Duration seconds(String option, double seconds) {
        if (!(seconds >= 0) || seconds > 86_400) {
            throw new ParameterException(spec.commandLine(), option + " must be from 0 to 86400 seconds, got "
                    + String.format(Locale.ROOT, "%s", seconds));
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Lets picocli report a bad --mix as a usage error, with the parser's message. */
    static final class MixConverter implements CommandLine.ITypeConverter<RequestMix> {
        @Override
        public RequestMix convert(String value) {
            try {
                return RequestMix.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
