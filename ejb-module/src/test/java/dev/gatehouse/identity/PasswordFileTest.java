package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    @TempDir
    Path dir;

    @Test
    void writesThePasswordOnceReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("gatehouse/admin-password");
        PasswordFile passwordFile = new PasswordFile(file);

        passwordFile.writeOnce("generated-pw".toCharArray());

        assertThat(Files.readString(file)).isEqualTo("generated-pw\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThatThrownBy(() -> passwordFile.writeOnce("other".toCharArray())).hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("generated-pw\n");
    }
}
