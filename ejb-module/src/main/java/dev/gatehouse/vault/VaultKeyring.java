package dev.gatehouse.vault;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supplies the vault's {@link SecretCipher}: the master key comes from {@code gatehouse.master.key}
 * (the environment variable {@code GATEHOUSE_MASTER_KEY}, base64 of 32 bytes) or, when that is
 * absent, from the owner-only key file at {@code gatehouse.vault.key-file}, generated on first start.
 */
@ApplicationScoped
public class VaultKeyring {
    private static final Logger LOG = Logger.getLogger(VaultKeyring.class.getName());

    @Inject
    @ConfigProperty(name = "gatehouse.master.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "gatehouse.vault.key-file", defaultValue = "gatehouse/master.key")
    String keyFile;

    private SecretCipher cipher;

    @PostConstruct
    void load() {
        MasterKey key;
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            try {
                key = MasterKey.fromBase64(0, configuredKey.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("GATEHOUSE_MASTER_KEY (gatehouse.master.key) is invalid: " + e.getMessage());
            }
            LOG.info("vault master key taken from gatehouse.master.key");
        } else {
            key = new MasterKeyFile(Path.of(keyFile)).loadOrCreate();
            LOG.info(() -> "vault master key taken from key file " + Path.of(keyFile).toAbsolutePath());
        }
        cipher = new SecretCipher(key);
    }

    public SecretCipher cipher() {
        return cipher;
    }
}
