package dev.cleanclaim.app.tls;

import java.nio.file.Path;

/**
 * A certificate, key or keystore that cannot serve TLS: missing, not PEM, a key that does not belong to the
 * certificate, a wrong keystore password. The message names the file and what is wrong with it, and is all an
 * operator sees when `serve` refuses to start (exit 2).
 */
public final class TlsFileRefused extends RuntimeException {

    private final Path file;

    public TlsFileRefused(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
