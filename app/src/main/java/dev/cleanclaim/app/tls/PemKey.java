package dev.cleanclaim.app.tls;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * A server's private key from a PEM file, unencrypted: PKCS#8 ("PRIVATE KEY", RSA or EC), PKCS#1 ("RSA PRIVATE KEY")
 * or SEC 1 ("EC PRIVATE KEY", what openssl ecparam writes). The two older forms are wrapped into PKCS#8, the one
 * form the JDK's key factories read. An encrypted key is refused: `serve` has no one to ask for its passphrase.
 */
final class PemKey {

    private static final String EXPECTED = "an unencrypted private key (-----BEGIN PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY)";

    private PemKey() {
    }

    static PrivateKey read(Path file) {
        List<PemBlocks.Block> keys = PemBlocks.read(file, EXPECTED).stream()
                .filter(block -> block.label().endsWith("PRIVATE KEY")).toList();
        if (keys.isEmpty()) {
            throw new TlsFileRefused(file, "holds no private key; expected " + EXPECTED);
        }
        if (keys.size() > 1) {
            throw new TlsFileRefused(file, "holds " + keys.size() + " private keys; expected one");
        }
        PemBlocks.Block key = keys.get(0);
        try {
            return switch (key.label()) {
                case "PRIVATE KEY" -> fromPkcs8(key.der());
                case "RSA PRIVATE KEY" -> fromPkcs8(new PrivateKeyInfo(
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        RSAPrivateKey.getInstance(key.der())).getEncoded());
                case "EC PRIVATE KEY" -> {
                    ECPrivateKey ec = ECPrivateKey.getInstance(key.der());
                    if (ec.getParametersObject() == null) {
                        throw new TlsFileRefused(file, "the EC private key does not name its curve");
                    }
                    yield fromPkcs8(new PrivateKeyInfo(
                            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject()), ec).getEncoded());
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new TlsFileRefused(file,
                        "the private key is encrypted; give it unencrypted (openssl pkey -in KEY -out KEY.plain), readable only by"
                                + " the user running cleanclaim, or use a PKCS12 keystore with --tls-keystore");
                default -> throw new TlsFileRefused(file, "a \"" + key.label() + "\" block is not a key cleanclaim reads; expected "
                        + EXPECTED);
            };
        } catch (TlsFileRefused refused) {
            throw refused;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new TlsFileRefused(file, "the " + key.label() + " block is not a valid RSA or EC private key");
        }
    }

    private static PrivateKey fromPkcs8(byte[] der) throws GeneralSecurityException {
        String algorithm = PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm()
                .equals(X9ObjectIdentifiers.id_ecPublicKey) ? "EC" : "RSA";
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
