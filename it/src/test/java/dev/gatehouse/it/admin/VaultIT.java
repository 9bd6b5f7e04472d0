package dev.gatehouse.it.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vault at rest on the started server: the generated key file and what the database holds. */
class VaultIT {
    /** The server's output directory (GATEHOUSE_DATA/gatehouse): its database and generated keys. */
    private static final Path OUTPUT = Path.of(System.getProperty("gatehouse.it.output.dir", "."));

    @Test
    void theGeneratedMasterKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeThat(System.getenv("GATEHOUSE_MASTER_KEY")).as("no master key given, so one is generated").isNull();
        Path key = OUTPUT.resolve("gatehouse/master.key");

        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void secretsAreNeverStoredInClear() throws Exception {
        assumeThat(System.getProperty("gatehouse.it.db", "derby")).isEqualTo("derby");
        String secret = "it-at-rest-" + java.util.UUID.randomUUID();
        String name = AdminApi.unique("atrest");
        var created = AdminApi.send("POST", "/credentials", """
                {"name":"%s","kind":"bearer","token":"%s"}""".formatted(name, secret));
        assertThat(created.statusCode()).isEqualTo(201);

        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(OUTPUT.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("Derby files (data pages and transaction log)").isNotEmpty();
        byte[] clearName = name.getBytes(StandardCharsets.UTF_8);
        boolean nameSeen = false;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            assertThat(indexOf(content, needle)).as(file.toString()).isEqualTo(-1);
            nameSeen |= indexOf(content, clearName) >= 0;
        }
        assertThat(nameSeen).as("the credential's name (stored in clear) is found, so the scan sees the committed row").isTrue();
        AdminApi.send("DELETE", "/credentials/" + name, null);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
