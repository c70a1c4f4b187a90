package dev.cleanclaim.app.setup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The one-time set-up code: readable by the server's owner only, whether written now or found from an earlier start. */
class SetupCodeTest {

    @Test
    void a_code_file_found_readable_by_others_is_made_owner_only_before_its_code_is_used(@TempDir Path data) throws IOException {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path file = data.resolve(SetupCode.FILE_NAME);
        Files.writeString(file, "earlier-code-0123456789ab\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SetupCode code = SetupCode.issue(data);

        assertThat(code.matches("earlier-code-0123456789ab")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_new_code_file_and_the_folder_made_for_it_are_owner_only(@TempDir Path temp) throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path folder = temp.resolve("data");

        SetupCode code = SetupCode.issue(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(code.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
