package dev.gatehouse.identity;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A request is refused before it does anything: no credential, a bad one, or one whose owner
 * may not act. The transport maps {@link #failure()} to the HTTP status and challenge; the
 * message never contains the credential.
 */
@ApplicationException
public class AuthenticationException extends RuntimeException {
    private final Failure failure;

    public AuthenticationException(Failure failure, String message) {
        super(message, null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure is required");
    }

    public Failure failure() {
        return failure;
    }

    /** Why (RFC 6750 §3.1 for bearer tokens). */
    public enum Failure {
        /** No credential of the expected scheme was sent: 401, a bare challenge. */
        MISSING,
        /** The credential is malformed, unknown, revoked or expired: 401 {@code invalid_token}. */
        INVALID,
        /** The credential is valid but its owner may not act (a disabled agent): 403 {@code insufficient_scope}. */
        FORBIDDEN
    }
}
