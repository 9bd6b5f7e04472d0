package dev.gatehouse.identity;

import dev.gatehouse.identity.AuthenticationException.Failure;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded administrator: user {@code gatehouse.admin.user} (default {@code admin}) with the
 * password {@code gatehouse.admin.password} (env {@code GATEHOUSE_ADMIN_PASSWORD}) or, when that
 * is unset, a password generated on first start, stored as a {@link PasswordHash} in the
 * database and written once to the owner-only file {@code gatehouse.admin.password-file}
 * (its location is logged, the password never). Verifies HTTP Basic credentials in constant
 * time; a successful verification is remembered for {@link #REMEMBER_NANOS} under a hash of
 * the presented credential, because PBKDF2 is slow by design.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AdminRealm {
    static final long REMEMBER_NANOS = 60_000_000_000L;
    private static final Logger LOG = Logger.getLogger(AdminRealm.class.getName());
    private static final int MAX_REMEMBERED = 1000;

    @Inject
    @ConfigProperty(name = "gatehouse.admin.user", defaultValue = "admin")
    String user;

    @Inject
    @ConfigProperty(name = "gatehouse.admin.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "gatehouse.admin.password-file", defaultValue = "gatehouse/admin-password")
    String passwordFile;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    private volatile PasswordHash stored;
    private volatile byte[] configuredDigest;
    private final ConcurrentMap<String, Long> remembered = new ConcurrentHashMap<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void setUp() {
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            configuredDigest = digest(configuredPassword.get());
            LOG.info(() -> "administrator '" + user + "': password taken from gatehouse.admin.password");
            return;
        }
        AdminCredential credential = em.find(AdminCredential.class, user);
        if (credential == null) {
            credential = generate();
        } else {
            LOG.info(() -> "administrator '" + user + "': password as generated on first start");
        }
        stored = credential.hash();
    }

    private AdminCredential generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        try {
            AdminCredential credential = new AdminCredential(user, PasswordHash.of(password));
            em.persist(credential);
            em.flush();
            PasswordFile file = new PasswordFile(Path.of(passwordFile));
            try {
                Files.deleteIfExists(file.path()); // a file left from an earlier database is stale
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot replace " + file.path(), e);
            }
            file.writeOnce(password);
            LOG.info(() -> "administrator '" + user + "': a password was generated on first start and written to "
                    + file.path() + " (readable by the server's user only); set GATEHOUSE_ADMIN_PASSWORD to choose one");
            return credential;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The operator principal for an {@code Authorization} header value.
     *
     * @throws AuthenticationException {@code MISSING} without Basic credentials, {@code INVALID} for wrong ones
     */
    public Principal authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new AuthenticationException(Failure.MISSING, "administrator credentials are required");
        }
        String key = HexFormat.of().formatHex(digest(authorization));
        Long until = remembered.get(key);
        long now = System.nanoTime();
        if (until != null && now - until < 0) {
            return Principal.operator(user);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException(Failure.INVALID, "malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new AuthenticationException(Failure.INVALID, "malformed Basic credentials");
        }
        Principal operator = authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, now + REMEMBER_NANOS);
        return operator;
    }

    /**
     * The operator principal for a user name and password (the console's sign-in form). Both
     * are compared in constant time and the password always costs one verification.
     *
     * @throws AuthenticationException {@code INVALID} for a wrong user or password
     */
    public Principal authenticate(String userName, String password) {
        boolean userMatches = MessageDigest.isEqual(digest(userName == null ? "" : userName), digest(user));
        boolean passwordMatches = verifyPassword(password == null ? "" : password);
        if (!userMatches || !passwordMatches) {
            throw new AuthenticationException(Failure.INVALID, "wrong administrator user or password");
        }
        return Principal.operator(user);
    }

    private boolean verifyPassword(String presented) {
        byte[] configured = configuredDigest;
        if (configured != null) {
            return MessageDigest.isEqual(digest(presented), configured);
        }
        char[] chars = presented.toCharArray();
        try {
            return stored.verify(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] digest(String text) {
        return PresentedKey.sha256(text);
    }
}
