package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.security.InitialUsers;
import dev.cleanclaim.app.setup.FirstRun;
import dev.cleanclaim.app.tls.ServerIdentity;
import dev.cleanclaim.app.web.ClientAddress;
import dev.cleanclaim.app.web.Listener;
import dev.cleanclaim.app.web.WebApp;
import dev.cleanclaim.core.ruledata.RuleData;
import dev.cleanclaim.store.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

@Command(name = "serve",
        description = {"Opens the practice workspace database (H2 under ./data unless --db names PostgreSQL), brings its",
                "schema up to date and serves the web app and the REST API (/api/v1, described at /api/v1/openapi.json)",
                "until stopped. A new workspace waits for its admin to set up the practice at /setup with the one-time",
                "code written to DATA/setup-code.txt (readable only by you), or, with CLEANCLAIM_ADMIN_PASSWORD, for that",
                "admin to sign in and set it up; `cleanclaim practice import FILE` sets it up from a practice file.",
                "--demo fills a new workspace with the demo practice and its users instead; a workspace holding a practice",
                "already is kept as it is."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; serve with --tls-cert or --tls-keystore, or behind a TLS proxy, before opening it wider).")
    private String host;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = "Address of a TLS proxy in front of cleanclaim whose X-Forwarded-For names the client (for throttling"
                    + " and the audit log); repeatable. Without it (or CLEANCLAIM_TRUSTED_PROXY), that header is ignored.")
    private java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "Serve HTTPS only, with this PEM certificate (its chain after it); needs --tls-key.")
    private java.nio.file.Path tlsCertificate;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "The certificate's private key: PEM, unencrypted (PKCS#8, or PKCS#1 RSA / SEC 1 EC), readable only by you.")
    private java.nio.file.Path tlsKey;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS only, with the key and certificate in this PKCS12 keystore; its password from "
                    + ServerIdentity.KEYSTORE_PASSWORD + ".")
    private java.nio.file.Path tlsKeystore;

    @Option(names = "--demo", description = "Fill a new workspace with the demo practice (made-up identifiers; its 837P files are test files, ISA15 T) and its users.")
    private boolean demo;

    private final CliContext context;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // The certificate is checked before the database is opened: a wrong file stops the start with nothing changed
        Listener listener = new ServeTls(tlsCertificate, tlsKey, tlsKeystore).listener(host, port, System.getenv());
        RuleData ruleData = context.rules(rules.folder());
        DatabaseSettings settings = database.settings();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        WebApp.Start start = demo ? new WebApp.Start.Demo() : new WebApp.Start.Practice(database.dataFolder());
        try (WebApp app = startOrRefuse(settings, ruleData, start, listener)) {
            FirstPasswords.Delivery delivery = FirstPasswords.deliver(app.firstUsers(), database.dataFolder(),
                    System.console() != null);
            StartMessage.lines(demo, app.hadPractice(), app.demoSeeded(), app.firstUsers(), delivery).forEach(out::println);
            FirstRun firstRun = app.parts().firstRun();
            if (firstRun.pending()) {
                String setup = listener.scheme() + "://" + host + ":" + app.port() + "/setup";
                String what = firstRun.practiceExists() ? "the practice has no admin yet. Open " + setup + " to make one"
                        : "no practice yet. Open " + setup + " to set it up";
                out.println(firstRun.codeFile()
                        .map(file -> "cleanclaim: " + what + "; it asks for the one-time code in " + file.toAbsolutePath()
                                + " (readable only by you).")
                        .orElse("cleanclaim: no practice yet. Sign in as the admin and set it up at " + setup + "."));
            }
            out.println("cleanclaim: serving " + listener.scheme() + "://" + host + ":" + app.port() + "/ (API under /api/v1; database "
                    + settings.url().replaceAll(";.*", "") + ", rules " + ruleData.version() + "); Ctrl-C stops");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "cleanclaim-stop"));
            stopped.await();
        } catch (InterruptedException e) {
            // Interrupting the serving thread is how an embedding program (or a test) stops the server.
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private WebApp startOrRefuse(DatabaseSettings settings, RuleData ruleData, WebApp.Start start, Listener listener) {
        try {
            java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
            if (!trustedProxies.isEmpty()) {
                environment.merge(ClientAddress.VARIABLE, String.join(",", trustedProxies), (given, named) -> given + "," + named);
            }
            return WebApp.start(settings, ruleData, context.clock(), environment, listener, start);
        } catch (InitialUsers.WeakPassword weak) {
            throw new UsageException("cleanclaim serve: " + weak.getMessage());
        }
    }
}
