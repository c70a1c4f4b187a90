package dev.cleanclaim.app.web;

import io.javalin.http.Context;

/**
 * Whether a request crossed the network encrypted, for the session cookie's Secure flag and HSTS. On a server with
 * its own certificate every request did (the port speaks nothing else). On plain HTTP it did only when the trusted
 * proxy in front says so in {@code X-Forwarded-Proto}; the same header from anyone else is ignored, so a client
 * cannot make the server believe a plain connection is private.
 */
final class Transport {

    static final String ATTRIBUTE = "overTls";
    /** One year, the figure browsers' preload lists ask for; no includeSubDomains: the site's other hosts are not ours. */
    static final String HSTS = "max-age=31536000";

    private final boolean tls;
    private final ClientAddress proxies;

    Transport(boolean tls, ClientAddress proxies) {
        this.tls = tls;
        this.proxies = proxies;
    }

    /** Decides once per request; an encrypted request's answer tells the browser to use HTTPS only from now on. */
    void remember(Context ctx) {
        boolean overTls = tls || proxies.forwardedOverTls(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-Proto"));
        ctx.attribute(ATTRIBUTE, overTls);
        if (overTls) {
            // Browsers ignore HSTS received over plain HTTP (RFC 6797 §8.1), so it is only sent where it counts
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }

    /** What {@link #remember} decided for this request. */
    static boolean overTls(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ATTRIBUTE));
    }
}
