package dev.cleanclaim.app.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

/**
 * What the server proves itself with over TLS: its certificate (and the chain up to its issuer) and the private key
 * that goes with it, held as an in-memory keystore for Jetty. Everything is checked when `serve` starts, so a wrong
 * file stops it there, naming the file, rather than failing each client's handshake later.
 *
 * @param keyStore    one private-key entry, {@link #ALIAS}, with its chain
 * @param keyPassword the password of that entry within the keystore
 */
public record ServerIdentity(KeyStore keyStore, char[] keyPassword) {

    public static final String ALIAS = "cleanclaim";
    /** The variable that holds a PKCS12 keystore's password: never an option, which `ps` would show. */
    public static final String KEYSTORE_PASSWORD = "CLEANCLAIM_TLS_KEYSTORE_PASSWORD";

    /** From a PEM certificate (its chain after it) and an unencrypted PEM private key. */
    public static ServerIdentity fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = PemKey.read(keyFile);
        if (!belongTogether(key, chain.get(0).getPublicKey())) {
            throw new TlsFileRefused(keyFile, "this private key does not belong to the certificate in " + certificateFile
                    + " (" + chain.get(0).getSubjectX500Principal().getName() + ")");
        }
        // The key lives only in memory; this password just satisfies the keystore's API.
        char[] password = randomPassword();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(Certificate[]::new));
            return new ServerIdentity(store, password);
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsFileRefused(keyFile, "the key cannot be kept with its certificate (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** From a PKCS12 keystore holding one private key with its certificate. */
    public static ServerIdentity fromKeystore(Path file, char[] password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new TlsFileRefused(file, "no such file");
        } catch (IOException e) {
            // PKCS12 reports a wrong password as an IOException caused by UnrecoverableKeyException
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new TlsFileRefused(file, "wrong keystore password (from " + KEYSTORE_PASSWORD + ")");
            }
            throw new TlsFileRefused(file, "not a PKCS12 keystore, or the password (from " + KEYSTORE_PASSWORD + ") is wrong");
        } catch (GeneralSecurityException e) {
            throw new TlsFileRefused(file, "not a PKCS12 keystore (" + e.getClass().getSimpleName() + ")");
        }
        try {
            List<String> keys = Collections.list(store.aliases()).stream().filter(alias -> isKey(store, alias)).toList();
            if (keys.size() != 1) {
                throw new TlsFileRefused(file, "holds " + keys.size() + " private keys; expected one, with its certificate");
            }
            PrivateKey key = (PrivateKey) store.getKey(keys.get(0), password);
            Certificate[] chain = store.getCertificateChain(keys.get(0));
            if (chain == null || chain.length == 0) {
                throw new TlsFileRefused(file, "the private key has no certificate");
            }
            KeyStore only = KeyStore.getInstance("PKCS12");
            only.load(null, null);
            only.setKeyEntry(ALIAS, key, password, chain);
            return new ServerIdentity(only, password);
        } catch (UnrecoverableKeyException e) {
            throw new TlsFileRefused(file, "the private key's password differs from the keystore's (" + KEYSTORE_PASSWORD + ")");
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsFileRefused(file, "its key cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(Path file) {
        String expected = "a certificate (-----BEGIN CERTIFICATE-----), its chain after it";
        List<PemBlocks.Block> blocks = PemBlocks.read(file, expected).stream()
                .filter(block -> block.label().equals("CERTIFICATE")).toList();
        if (blocks.isEmpty()) {
            throw new TlsFileRefused(file, "holds no certificate; expected " + expected);
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            java.util.ArrayList<X509Certificate> chain = new java.util.ArrayList<>();
            for (PemBlocks.Block block : blocks) {
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
            }
            return chain;
        } catch (CertificateException e) {
            throw new TlsFileRefused(file, "a CERTIFICATE block is not a valid X.509 certificate");
        }
    }

    /** Whether the key signs what the certificate's public key verifies: the test that works for RSA and EC alike. */
    private static boolean belongTogether(PrivateKey key, PublicKey certified) {
        if (!key.getAlgorithm().equals(certified.getAlgorithm())) {
            return false;
        }
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        byte[] probe = "cleanclaim: does this key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certified);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }
}
