package dev.cleanclaim.app.testing;

import dev.cleanclaim.store.testing.RequiredPart;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost and 127.0.0.1, made for one test by the JDK's own keytool (a PKCS12
 * keystore), with its certificate and key also written out as PEM, as an operator would have them from their CA or
 * openssl. Never committed: each test makes its own in a temporary folder.
 *
 * @param keystore    the PKCS12 keystore keytool made
 * @param password    the keystore's (and its key's) password
 * @param certificate the certificate, PEM
 * @param pkcs8Key    the private key as "BEGIN PRIVATE KEY" (PKCS#8)
 * @param traditionalKey the key in its algorithm's older form: "BEGIN RSA PRIVATE KEY" (PKCS#1) or "BEGIN EC PRIVATE
 *                    KEY" (SEC 1)
 */
public record SelfSignedCertificate(Path keystore, String password, Path certificate, Path pkcs8Key, Path traditionalKey,
                                    Certificate x509) {

    /** An RSA (2048-bit) or EC (P-256) key pair with its certificate, in {@code folder} under {@code name}. */
    public static SelfSignedCertificate make(Path folder, String name, String algorithm) throws Exception {
        Path keystore = folder.resolve(name + ".p12");
        String password = "test-keystore-" + name;
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw RequiredPart.missing("no keytool at " + keytool + " (a JDK, not a JRE, is needed) to make a test certificate", null);
        }
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", algorithm,
                "-keysize", algorithm.equals("EC") ? "256" : "2048", "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password,
                "-keypass", password).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey("server", password.toCharArray());
        Certificate certificate = store.getCertificate("server");
        Path certificateFile = write(folder.resolve(name + ".crt"), "CERTIFICATE", certificate.getEncoded());
        Path pkcs8 = write(folder.resolve(name + ".key"), "PRIVATE KEY", key.getEncoded());
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
        // SEC 1 as openssl writes it names the curve inside the key; the JDK's PKCS#8 keeps it outside
        byte[] traditional = algorithm.equals("EC")
                ? new ECPrivateKey(256, ECPrivateKey.getInstance(info.parsePrivateKey()).getKey(),
                        info.getPrivateKeyAlgorithm().getParameters()).getEncoded()
                : info.parsePrivateKey().toASN1Primitive().getEncoded();
        Path traditionalFile = write(folder.resolve(name + "-traditional.key"),
                algorithm.equals("EC") ? "EC PRIVATE KEY" : "RSA PRIVATE KEY", traditional);
        return new SelfSignedCertificate(keystore, password, certificateFile, pkcs8, traditionalFile, certificate);
    }

    /** A client's TLS context that trusts this certificate alone. */
    public SSLContext trustingIt() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", x509);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Path write(Path file, String label, byte[] der) throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n",
                StandardCharsets.US_ASCII);
    }
}
