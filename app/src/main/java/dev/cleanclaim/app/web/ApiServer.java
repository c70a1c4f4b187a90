package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.app.contract.InputProblem;
import dev.cleanclaim.store.DatabaseRefusal;
import dev.cleanclaim.store.ValueTaken;
import dev.cleanclaim.store.ValueTooLong;
import dev.cleanclaim.x12.InvalidClaimFileException;
import dev.cleanclaim.app.security.Authenticator;
import dev.cleanclaim.app.web.api.ClaimDocuments;
import dev.cleanclaim.app.web.api.AcknowledgmentResource;
import dev.cleanclaim.app.web.api.ClaimResource;
import dev.cleanclaim.app.web.api.ClientRecordResource;
import dev.cleanclaim.app.web.api.AuditResource;
import dev.cleanclaim.app.web.api.SubmissionResource;
import dev.cleanclaim.app.web.api.NecessityLetterResource;
import dev.cleanclaim.app.web.api.PatientAccountResource;
import dev.cleanclaim.app.web.api.PatientResource;
import dev.cleanclaim.app.web.api.PayerResource;
import dev.cleanclaim.app.web.api.PracticeResource;
import dev.cleanclaim.app.web.api.ProviderResource;
import dev.cleanclaim.app.web.api.ReferralResource;
import dev.cleanclaim.app.web.api.RemittanceResource;
import dev.cleanclaim.app.web.api.VisitResource;
import dev.cleanclaim.app.web.page.ClaimPages;
import dev.cleanclaim.app.web.page.NecessityLetterPages;
import dev.cleanclaim.app.web.page.PatientAccountPages;
import dev.cleanclaim.app.web.page.RemittancePages;
import dev.cleanclaim.app.web.page.SubmissionPages;
import dev.cleanclaim.app.web.page.DashboardPage;
import dev.cleanclaim.app.web.page.ErrorView;
import dev.cleanclaim.app.web.page.Frame;
import dev.cleanclaim.app.web.page.Pages;
import dev.cleanclaim.app.web.page.PatientPages;
import dev.cleanclaim.app.web.page.DirectoryPages;
import dev.cleanclaim.app.web.page.PracticePages;
import dev.cleanclaim.app.web.page.RuleBrowser;
import dev.cleanclaim.app.web.page.AuditLogPages;
import dev.cleanclaim.app.web.page.UserAdminPages;
import dev.cleanclaim.app.web.page.VisitPages;
import dev.cleanclaim.app.web.report.ReportPages;
import dev.cleanclaim.app.workspace.WorkspaceException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * cleanclaim's HTTP server: the REST API under /api/v1 and the web app for billing staff. Every request passes the
 * {@link Guard}; API errors leave as RFC 9457 problem documents, page errors as pages; nothing about a patient is
 * logged.
 */
public final class ApiServer implements AutoCloseable {

    static final String OPENAPI = "openapi.json";

    /** Every API route, as "METHOD path"; the OpenAPI document must list exactly these (tested). */
    static final List<String> ROUTES = List.of(
            "POST /api/v1/scrub", "GET /api/v1/health", "GET /api/v1/openapi.json",
            "POST /api/v1/tokens", "GET /api/v1/tokens", "DELETE /api/v1/tokens/{id}",
            "POST /api/v1/account/password", "POST /api/v1/account/sessions/revocation", "POST /api/v1/users/{id}/reset-code", "POST /api/v1/password-reset",
            "GET /api/v1/account/two-factor", "POST /api/v1/account/two-factor", "POST /api/v1/account/two-factor/confirmation",
            "POST /api/v1/account/two-factor/recovery-codes", "POST /api/v1/account/two-factor/removal",
            "DELETE /api/v1/users/{id}/two-factor",
            "GET /api/v1/patients", "POST /api/v1/patients", "GET /api/v1/patients/{id}", "PUT /api/v1/patients/{id}",
            "GET /api/v1/patients/{id}/history",
            "GET /api/v1/patients/{id}/referrals", "POST /api/v1/patients/{id}/referrals",
            "GET /api/v1/patients/{id}/visits", "POST /api/v1/patients/{id}/visits",
            "GET /api/v1/visits/{id}", "PUT /api/v1/visits/{id}", "GET /api/v1/visits/{id}/history",
            "GET /api/v1/practice", "PUT /api/v1/practice", "GET /api/v1/fee-schedule", "PUT /api/v1/fee-schedule",
            "GET /api/v1/providers", "POST /api/v1/providers", "PUT /api/v1/providers/{id}",
            "GET /api/v1/payers", "POST /api/v1/payers", "PUT /api/v1/payers/{id}", "GET /api/v1/payers/starter",
            "POST /api/v1/claims", "GET /api/v1/claims", "GET /api/v1/claims/{id}", "POST /api/v1/claims/{id}/status",
            "GET /api/v1/claims/{id}/837", "GET /api/v1/claims/{id}/cms1500.pdf", "GET /api/v1/claims/{id}/superbill.pdf",
            "GET /api/v1/claims/{id}/payments", "POST /api/v1/claims/{id}/payments",
            "POST /api/v1/claims/{id}/rescrub", "POST /api/v1/claims/{id}/corrections",
            "POST /api/v1/submissions", "GET /api/v1/submissions", "GET /api/v1/submissions/{id}",
            "GET /api/v1/submissions/{id}/837", "POST /api/v1/acknowledgments",
            "POST /api/v1/remittances", "GET /api/v1/remittances", "GET /api/v1/remittances/{id}",
            "GET /api/v1/remittances/queue", "POST /api/v1/remittances/queue/retry", "GET /api/v1/remittances/denials",
            "POST /api/v1/remittances/payments/{id}/reversal",
            "GET /api/v1/patients/{id}/account", "POST /api/v1/patients/{id}/payments",
            "GET /api/v1/patients/{id}/necessity-letters", "POST /api/v1/patients/{id}/necessity-letters",
            "GET /api/v1/necessity-letters/{id}/letter.pdf", "GET /api/v1/patients/{id}/superbill.pdf",
            "GET /api/v1/patients/{id}/payments", "POST /api/v1/patients/{id}/payments/{paymentId}/void",
            "POST /api/v1/patients/{id}/payments/{paymentId}/refunds",
            "GET /api/v1/audit", "GET /api/v1/audit/export.csv", "GET /api/v1/audit/verification",
            "GET /api/v1/patients/{id}/merges", "POST /api/v1/patients/{id}/merges",
            "GET /api/v1/patients/{id}/insured-massage", "GET /api/v1/patients/{id}/financial-notices",
            "POST /api/v1/patients/{id}/financial-notices", "POST /api/v1/visits/{id}/self-pay");

    /** The largest request body read: room for a large payer's 835 (a 1,000-claim file is about 300 KB). */
    static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    private final Javalin javalin;

    private ApiServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts on the port given (0: any free port; {@link #port()} tells which). */
    public static ApiServer start(String host, int port, ServerParts parts) {
        return start(Listener.http(host, port), parts);
    }

    /** Starts plain HTTP or, with a certificate, HTTPS alone. */
    public static ApiServer start(Listener listener, ServerParts parts) {
        ScrubEndpoint scrub = new ScrubEndpoint(parts.workspace().rules(), () -> LocalDate.now(parts.clock()));
        Guard guard = new Guard(parts.authenticator(), parts.sessions(), parts.firstRun());
        String openApi = resource(OPENAPI);
        Transport transport = new Transport(listener.tls().isPresent(), parts.clientAddress());
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // A payer's weekly 835 can pass Javalin's 1 MB default; the guard refuses a stranger before any body is read.
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            listener.tls().ifPresent(identity -> config.jetty.addConnector((server, http) ->
                    HttpsConnector.create(server, http, listener, identity)));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/cleanclaim/app/web/static";
                files.location = Location.CLASSPATH;
            });
            RoutesConfig routes = config.routes;
            routes.before(parts.clientAddress()::remember);
            routes.before(transport::remember);
            routes.before(ApiServer::securityHeaders);
            routes.beforeMatched(guard::check);
            // A write the guard let through is read whole before any handler can refuse it early (a 404 for a record
            // that is not there, a 403): otherwise Jetty closes the connection on the unread bytes while the client is
            // still sending them, and the client sees a broken pipe instead of the answer.
            routes.beforeMatched(ctx -> {
                String type = ctx.contentType();
                if (Guard.unsafe(ctx.method()) && (type == null || !type.startsWith("multipart/"))) {
                    ctx.bodyAsBytes(); // cached: the handler reads the same bytes (an upload's parts are left to the parser)
                }
            });
            routes.beforeMatched(ctx -> {
                if (!ctx.path().startsWith("/api/")) {
                    ctx.attribute(Requests.DEMO, parts.workspace().isDemo());
                }
            });
            routes.post("/api/v1/scrub", scrub::handle);
            routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "up", "rules", parts.workspace().rules().version())));
            new SignInRoutes(parts).register(routes);
            new AccountRoutes(parts).register(routes);
            new SecondFactorRoutes(parts).register(routes);
            new PasswordResetRoutes(parts).register(routes);
            new SetupRoutes(parts).register(routes);
            new PatientResource(parts).register(routes);
            new ReferralResource(parts).register(routes);
            new VisitResource(parts).register(routes);
            new PracticeResource(parts).register(routes);
            new ProviderResource(parts).register(routes);
            new PayerResource(parts).register(routes);
            new ClaimResource(parts).register(routes);
            new SubmissionResource(parts).register(routes);
            new AuditResource(parts).register(routes);
            new AcknowledgmentResource(parts).register(routes);
            new ClaimDocuments(parts).register(routes);
            new RemittanceResource(parts).register(routes);
            new PatientAccountResource(parts).register(routes);
            new NecessityLetterResource(parts).register(routes);
            new ClientRecordResource(parts).register(routes);
            new DashboardPage(parts.workspace()).register(routes);
            new PatientPages(parts.workspace(), parts.clock()).register(routes);
            new VisitPages(parts.workspace(), parts.clock()).register(routes);
            new ClaimPages(parts.workspace()).register(routes);
            new SubmissionPages(parts.workspace()).register(routes);
            new RemittancePages(parts.workspace()).register(routes);
            new PatientAccountPages(parts.workspace(), parts.clock()).register(routes);
            new NecessityLetterPages(parts.workspace(), parts.clock()).register(routes);
            new ReportPages(parts.workspace()).register(routes);
            new RuleBrowser(parts.workspace().rules(), parts.clock()).register(routes);
            new UserAdminPages(parts.users(), parts.passwords(), parts.secondFactors(), parts.workspace()).register(routes);
            new AuditLogPages(parts.workspace().auditRecords()).register(routes);
            new PracticePages(parts.workspace()).register(routes);
            new DirectoryPages(parts.workspace()).register(routes);
            errors(routes, new Refusals(parts.workspace().auditRecords()));
        }).start(listener.host(), listener.port());
        return new ApiServer(javalin);
    }

    /**
     * Headers every response carries: no sniffing, no framing (clickjacking), no referrer leaving the site, a content
     * security policy, and no caching of anything but static files, since pages and API answers hold patient data.
     */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        // Scripts and styles only from this server (htmx comes from its webjar here): injected markup cannot run.
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void errors(RoutesConfig routes, Refusals refusals) {
        routes.exception(InputException.class, (e, ctx) -> problem(ctx, Problem.invalid(ctx.path(), e.problems())));
        routes.exception(WorkspaceException.NotFound.class, (e, ctx) ->
                problem(ctx, Problem.of(404, "not-found", "No such record", e.getMessage(), ctx.path())));
        routes.exception(WorkspaceException.Forbidden.class, (e, ctx) -> {
            refusals.record(ctx, 403, e.getMessage());
            problem(ctx, Problem.of(403, "forbidden", "Not yours to see", e.getMessage(), ctx.path()));
        });
        routes.exception(WorkspaceException.Conflict.class, (e, ctx) -> {
            // Only a stale version is someone else's change; a duplicate NPI or payer id clashes with what is stored
            String title = e.currentVersion().isPresent() ? "Changed by someone else" : "Clashes with what is stored";
            var problem = Problem.of(409, "conflict", title, e.getMessage(), ctx.path());
            e.currentVersion().ifPresent(version -> problem.put("currentVersion", version));
            problem(ctx, problem);
        });
        routes.exception(WorkspaceException.LikelyDuplicates.class, (e, ctx) -> problem(ctx, Problem.likelyDuplicates(e, ctx.path())));
        routes.exception(WorkspaceException.VisitFrozen.class, (e, ctx) -> problem(ctx, Problem.visitFrozen(e, ctx.path())));
        routes.exception(WorkspaceException.SetupNeeded.class, (e, ctx) -> {
            if (!ctx.path().startsWith("/api/") && ctx.method() == io.javalin.http.HandlerType.GET) {
                ctx.redirect("/setup"); // a page of a workspace without its practice: the set-up comes first
                return;
            }
            problem(ctx, Problem.of(409, "setup-needed", "The practice is not set up yet", e.getMessage(), ctx.path()));
        });
        routes.exception(Guard.Unauthorized.class, (e, ctx) -> {
            refusals.record(ctx, 401, e.getMessage());
            ctx.header("WWW-Authenticate", "Bearer realm=\"cleanclaim\"");
            problem(ctx, Problem.of(401, "unauthorized", "Sign in first", e.getMessage(), ctx.path()));
        });
        routes.exception(Authenticator.AttemptsThrottled.class, (e, ctx) -> {
            refusals.record(ctx, 429, e.getMessage());
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds() + 1));
            problem(ctx, Problem.of(429, "too-many-attempts", "Too many attempts", e.getMessage(), ctx.path()));
        });
        routes.exception(SignInRoutes.TooManyAttempts.class, (e, ctx) -> {
            refusals.record(ctx, 429, e.getMessage());
            problem(ctx, Problem.of(429, "too-many-attempts", "Too many attempts", e.getMessage(), ctx.path()));
        });
        routes.exception(Guard.SecondFactorNotSetUp.class, (e, ctx) -> {
            refusals.record(ctx, 403, e.getMessage());
            problem(ctx, Problem.of(403, "second-factor-not-set-up", "Set up your second factor first", e.getMessage(), ctx.path()));
        });
        routes.exception(Guard.CsrfRefused.class, (e, ctx) -> {
            refusals.record(ctx, 403, e.getMessage());
            problem(ctx, Problem.of(403, "csrf", "Form refused", e.getMessage(), ctx.path()));
        });
        // A claim stored before a check existed (a name the 837P cannot carry) is named, not a server failure
        routes.exception(InvalidClaimFileException.class, (e, ctx) -> problem(ctx, Problem.of(409, "claim-unwritable",
                "The claim cannot be written as an 837P", e.getMessage() + "\nfix the patient's, provider's or practice's"
                        + " field it names, then re-scrub the claim", ctx.path())));
        routes.exception(ValueTaken.class, (e, ctx) -> problem(ctx, Problem.of(409, "conflict",
                "Clashes with what is stored", e.getMessage(), ctx.path())));
        routes.exception(ValueTooLong.class, (e, ctx) -> problem(ctx, Problem.invalid(ctx.path(),
                List.of(new InputProblem(e.field(), e.getMessage())))));
        routes.exception(Exception.class, (e, ctx) -> problem(ctx, DatabaseRefusal.of(e)
                .map(refusal -> {
                    Incidents.log(e); // a check a reader missed: logged, without data, so it gets fixed
                    return Problem.refusedByDatabase(refusal, ctx.path());
                })
                .orElseGet(() -> Problem.of(500, "internal-error",
                "cleanclaim failed on this request", "please report incident " + Incidents.log(e)
                        + "; the server log has what failed, without the request's data", ctx.path()))));
        routes.error(404, ctx -> {
            if (String.valueOf(ctx.res().getContentType()).startsWith(Problem.CONTENT_TYPE)) {
                // a route answered 404 with its own problem ("No such record", naming it): an error handler runs for
                // every 404, and would otherwise say that an existing route is not part of the API
                return;
            }
            if (ctx.path().startsWith("/api/")) {
                problem(ctx, Problem.of(404, "not-found", "No such resource", ctx.method() + " " + ctx.path()
                        + " is not part of the API; see /api/v1/openapi.json", ctx.path()));
            } else if (!String.valueOf(ctx.res().getContentType()).startsWith("text/html")) {
                // no route matched (a page already refused with its own error page is left as it is)
                problem(ctx, Problem.of(404, "not-found", "No such page", ctx.path()
                        + " is not a page of cleanclaim; start again from the dashboard", ctx.path()));
            }
        });
        routes.error(405, ctx -> problem(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path(), ctx.path())));
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    /** A problem document for the API; for a page, the same problem as a page a person can read. */
    static void problem(Context ctx, com.fasterxml.jackson.databind.node.ObjectNode problem) {
        HttpStatus status = HttpStatus.forStatus(problem.get("status").asInt());
        if (!ctx.path().startsWith("/api/")) {
            ctx.status(status);
            Pages.render(ctx, "error.jte", Map.of("frame", Frame.of(ctx, problem.path("title").asText(), ""),
                    "error", ErrorView.of(problem)));
            return;
        }
        // JSON is UTF-8 (RFC 8259): sent as bytes, so a name echoed in a problem is never re-encoded as Latin-1.
        ctx.status(status).contentType(Problem.CONTENT_TYPE).result(problem.toPrettyString().getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
