package dev.cleanclaim.app.cli;

import dev.cleanclaim.app.tls.ServerIdentity;
import dev.cleanclaim.app.tls.TlsFileRefused;
import dev.cleanclaim.app.web.Listener;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * serve's TLS options: a PEM certificate and key, or a PKCS12 keystore, or neither (plain HTTP, for this machine or
 * behind a TLS proxy). Any file that cannot serve TLS is a usage error naming it (exit 2), before anything starts.
 */
record ServeTls(Path certificate, Path key, Path keystore) {

    Listener listener(String host, int port, Map<String, String> environment) {
        return new Listener(host, port, identity(environment));
    }

    private Optional<ServerIdentity> identity(Map<String, String> environment) {
        if (keystore != null && (certificate != null || key != null)) {
            throw new UsageException("cleanclaim serve: give --tls-keystore or --tls-cert with --tls-key, not both");
        }
        if ((certificate == null) != (key == null)) {
            throw new UsageException("cleanclaim serve: " + (certificate == null ? "--tls-key needs --tls-cert" : "--tls-cert needs --tls-key")
                    + " (the certificate and its private key, both PEM)");
        }
        try {
            if (keystore != null) {
                String password = environment.get(ServerIdentity.KEYSTORE_PASSWORD);
                if (password == null) {
                    throw new UsageException("cleanclaim serve: --tls-keystore " + keystore + ": set " + ServerIdentity.KEYSTORE_PASSWORD
                            + " to the keystore's password");
                }
                return Optional.of(ServerIdentity.fromKeystore(keystore, password.toCharArray()));
            }
            if (certificate != null) {
                return Optional.of(ServerIdentity.fromPem(certificate, key));
            }
            return Optional.empty();
        } catch (TlsFileRefused refused) {
            throw new UsageException("cleanclaim serve: " + refused.getMessage());
        }
    }
}
