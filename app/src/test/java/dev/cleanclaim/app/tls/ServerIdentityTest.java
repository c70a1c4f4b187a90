package dev.cleanclaim.app.tls;

import dev.cleanclaim.app.testing.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every key form an operator may have, read; every file that cannot serve TLS, refused naming it. */
class ServerIdentityTest {

    @Test
    void rsa_and_ec_keys_are_read_from_pkcs8_and_from_their_traditional_pem(@TempDir Path folder) throws Exception {
        for (String algorithm : new String[] {"RSA", "EC"}) {
            SelfSignedCertificate made = SelfSignedCertificate.make(folder, algorithm.toLowerCase(), algorithm);
            for (Path key : new Path[] {made.pkcs8Key(), made.traditionalKey()}) {
                ServerIdentity identity = ServerIdentity.fromPem(made.certificate(), key);

                KeyStore store = identity.keyStore();
                assertThat(store.isKeyEntry(ServerIdentity.ALIAS)).as(key.toString()).isTrue();
                assertThat(store.getCertificate(ServerIdentity.ALIAS)).isEqualTo(made.x509());
            }
        }
    }

    @Test
    void a_keystore_is_read_with_its_password_and_refused_with_another(@TempDir Path folder) throws Exception {
        SelfSignedCertificate made = SelfSignedCertificate.make(folder, "store", "RSA");

        assertThat(ServerIdentity.fromKeystore(made.keystore(), made.password().toCharArray()).keyStore()
                .getCertificate(ServerIdentity.ALIAS)).isEqualTo(made.x509());
        assertThatThrownBy(() -> ServerIdentity.fromKeystore(made.keystore(), "wrong".toCharArray()))
                .isInstanceOf(TlsFileRefused.class).hasMessageContaining(made.keystore().toString())
                .hasMessageContaining("wrong keystore password");
    }

    @Test
    void a_certificate_file_holding_only_a_key_is_refused_naming_it(@TempDir Path folder) throws Exception {
        SelfSignedCertificate made = SelfSignedCertificate.make(folder, "swap", "EC");

        assertThatThrownBy(() -> ServerIdentity.fromPem(made.pkcs8Key(), made.pkcs8Key())).isInstanceOf(TlsFileRefused.class)
                .hasMessageStartingWith(made.pkcs8Key() + ": holds no certificate");
    }

    @Test
    void an_encrypted_key_is_refused_saying_how_to_give_it(@TempDir Path folder) throws Exception {
        SelfSignedCertificate made = SelfSignedCertificate.make(folder, "locked", "EC");
        Path encrypted = Files.writeString(folder.resolve("encrypted.key"),
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");

        assertThatThrownBy(() -> ServerIdentity.fromPem(made.certificate(), encrypted)).isInstanceOf(TlsFileRefused.class)
                .hasMessageContaining(encrypted.toString()).hasMessageContaining("encrypted");
    }
}
