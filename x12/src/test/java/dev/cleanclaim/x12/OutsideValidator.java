package dev.cleanclaim.x12;

import com.imsweb.x12.reader.X12Reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second opinion on every 837P the tests write: IMS's x12-parser reads the file against its own map of the
 * 005010X222A1 guide, written by other people than our schema. A file both accept is far likelier to be what a
 * clearinghouse accepts than one only our own schema has read.
 */
public final class OutsideValidator {

    private OutsideValidator() {
    }

    /** What x12-parser found wrong with the file, fatal problems first; empty when it read the file clean. */
    public static List<String> problems(byte[] file) {
        try {
            X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222,
                    new ByteArrayInputStream(file), StandardCharsets.UTF_8);
            List<String> problems = new ArrayList<>(reader.getFatalErrors());
            problems.addAll(reader.getErrors());
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test unless x12-parser reads the 837P clean; returns the file, so a test can wrap its writer. */
    public static byte[] accepted(byte[] file) {
        assertThat(problems(file)).as("x12-parser's reading of the 837P we wrote").isEmpty();
        return file;
    }

    public static String accepted(String file) {
        accepted(file.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
