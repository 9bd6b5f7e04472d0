package dev.gatehouse.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The embedded default's key store: one base64 master key in a file readable by its owner
 * only ({@code rw-------}, directory {@code rwx------}). The key is generated on first use.
 * On file systems without POSIX permissions the file is created without them (logged).
 */
public final class MasterKeyFile {
    private static final Logger LOG = Logger.getLogger(MasterKeyFile.class.getName());

    private final Path file;

    public MasterKeyFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Reads the key, generating and storing a new random one when the file does not exist. */
    public MasterKey loadOrCreate() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            try {
                return MasterKey.fromBase64(0, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("master key file " + file + " is invalid: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create master key file " + file, e);
        }
    }

    private void create() throws IOException {
        Path dir = file.getParent();
        boolean posix = dir == null || Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
        if (dir != null && !Files.exists(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] raw = new byte[MasterKey.KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                LOG.warning(() -> "the file system of " + file + " has no POSIX permissions; restrict access to it yourself");
            }
        } catch (FileAlreadyExistsException e) {
            return; // another node or thread created it first: use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
        LOG.info(() -> "generated a new master key in " + file);
    }

    private static Path existingAncestor(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of(".").toAbsolutePath() : p;
    }

    /** The permissions the key file must have. */
    static Set<java.nio.file.attribute.PosixFilePermission> ownerOnly() {
        return PosixFilePermissions.fromString("rw-------");
    }
}
