package dev.cleanclaim.app.tls;

import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The "-----BEGIN ...-----" blocks of a PEM file, each as its label and its DER bytes. */
final class PemBlocks {

    /** One block: its label ("CERTIFICATE", "PRIVATE KEY", ...) and the bytes its Base64 carries. */
    record Block(String label, byte[] der) {
    }

    private PemBlocks() {
    }

    /** Every block of the file, in order; refused when the file is missing, unreadable, or holds no PEM block. */
    static List<Block> read(Path file, String expected) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new TlsFileRefused(file, "no such file");
        } catch (IOException e) {
            throw new TlsFileRefused(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<Block> blocks = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
                blocks.add(new Block(object.getType(), object.getContent()));
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle says "corrupt PEM" or fails in its Base64 decoder: either way the file is no PEM
            throw new TlsFileRefused(file, "not PEM: a block's Base64 cannot be read; expected " + expected);
        }
        if (blocks.isEmpty()) {
            throw new TlsFileRefused(file, "not PEM: no -----BEGIN ...----- block; expected " + expected);
        }
        return blocks;
    }
}
