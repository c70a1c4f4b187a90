package dev.cleanclaim.app.web;

import dev.cleanclaim.app.tls.ServerIdentity;

import java.util.Optional;

/**
 * Where the server listens and how: plain HTTP (for this machine, or behind a TLS proxy), or HTTPS alone with the
 * server's own certificate.
 *
 * @param port 0 for any free port
 * @param tls  the certificate and key to serve HTTPS with; empty for plain HTTP
 */
public record Listener(String host, int port, Optional<ServerIdentity> tls) {

    public static Listener http(String host, int port) {
        return new Listener(host, port, Optional.empty());
    }

    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
