package dev.cleanclaim.app.web;

import dev.cleanclaim.app.contract.InputException;
import dev.cleanclaim.core.ruledata.RuleData;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * cleanclaim's HTTP server: the REST API under /api/v1. Every error leaves as an RFC 9457 problem document;
 * nothing about a patient is logged.
 */
public final class ApiServer implements AutoCloseable {

    static final String OPENAPI = "openapi.json";

    /** Every route the API serves, as "METHOD path"; the OpenAPI document must list exactly these (tested). */
    static final java.util.List<String> ROUTES = java.util.List.of(
            "POST /api/v1/scrub", "GET /api/v1/health", "GET /api/v1/openapi.json");

    private final Javalin javalin;

    private ApiServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts on the port given (0: any free port; {@link #port()} tells which). */
    public static ApiServer start(String host, int port, RuleData rules, Clock clock) {
        ScrubEndpoint scrub = new ScrubEndpoint(rules, () -> LocalDate.now(clock));
        String openApi = resource(OPENAPI);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/api/v1/scrub", scrub::handle);
            config.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/api/v1/health", ctx -> ctx.json(java.util.Map.of("status", "up", "rules", rules.version())));
            config.routes.exception(InputException.class, (e, ctx) -> problem(ctx, Problem.invalid(ctx.path(), e.problems())));
            config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, Problem.of(500, "internal-error",
                    "cleanclaim failed on this request", "please report it; no input is logged", ctx.path())));
            config.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/api/")) {
                    return;
                }
                problem(ctx, Problem.of(404, "not-found", "No such resource", ctx.method() + " " + ctx.path()
                        + " is not part of the API; see /api/v1/openapi.json", ctx.path()));
            });
            config.routes.error(405, ctx -> problem(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path(), ctx.path())));
        }).start(host, port);
        return new ApiServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    static void problem(Context ctx, com.fasterxml.jackson.databind.node.ObjectNode problem) {
        ctx.status(HttpStatus.forStatus(problem.get("status").asInt()))
                .contentType(Problem.CONTENT_TYPE)
                .result(problem.toPrettyString());
    }

    private static String resource(String name) {
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
