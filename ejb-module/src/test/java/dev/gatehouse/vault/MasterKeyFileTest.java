package dev.gatehouse.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void generatesAnOwnerOnlyKeyOnFirstUseAndReadsItBack() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).as("POSIX file system").contains("posix");
        Path file = dir.resolve("gatehouse/master.key");

        MasterKey first = new MasterKeyFile(file).loadOrCreate();
        MasterKey second = new MasterKeyFile(file).loadOrCreate();

        assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        String sealed = new SecretCipher(first).seal("c", "token", "v");
        assertThat(new SecretCipher(second).open("c", "token", sealed)).isEqualTo("v");
    }

    @Test
    void rejectsAnInvalidKeyFileNamingTheFile() throws Exception {
        Path file = dir.resolve("bad.key");
        Files.writeString(file, "tooshort");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MasterKeyFile(file).loadOrCreate())
                .hasMessageContaining(file.toString()).hasMessageNotContaining("tooshort");
    }
}
