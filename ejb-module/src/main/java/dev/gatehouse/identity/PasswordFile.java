package dev.gatehouse.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file the generated administrator password is written to, once: owner-only permissions
 * ({@code rw-------}, directory {@code rwx------}) where the file system has them. An existing
 * file is never overwritten.
 */
public final class PasswordFile {
    private final Path file;

    public PasswordFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    /** Writes {@code password} and a newline into a new file; fails if the file exists. */
    public void writeOnce(char[] password) {
        try {
            Path dir = file.getParent();
            boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
            if (dir != null && !Files.exists(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, new String(password) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the administrator password file " + file, e);
        }
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of(".").toAbsolutePath() : p;
    }
}
