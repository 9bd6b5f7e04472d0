package dev.gatehouse.identity;

import dev.gatehouse.identity.AuthenticationException.Failure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that turns an HTTP {@code Authorization} header into a {@link Principal}: for
 * agents on {@code /mcp} ({@code Bearer} API keys; Keycloak JWTs will be a second kind of
 * bearer token tried here), for the administrator on {@code /api/v1} (HTTP Basic) and at the
 * console's sign-in form (user and password; Keycloak sign-in will be tried here too). The
 * transports only map {@link AuthenticationException} to a status and a challenge.
 */
@ApplicationScoped
public class Authenticator {
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeyAuthenticator apiKeys;

    @EJB
    AdminRealm admin;

    /** The agent presenting {@code authorization} ({@code Bearer <key>}). */
    public Principal agent(String authorization) {
        return apiKeys.authenticate(bearerToken(authorization));
    }

    /** The administrator presenting {@code authorization} ({@code Basic ...}). */
    public Principal administrator(String authorization) {
        return admin.authenticate(authorization);
    }

    /** The administrator signing in with a user name and password (the console's form). */
    public Principal administrator(String user, String password) {
        return admin.authenticate(user, password);
    }

    /**
     * The token of a {@code Bearer} header (RFC 6750 §2.1: the scheme is case-insensitive).
     *
     * @throws AuthenticationException {@code MISSING} without a bearer header, {@code INVALID} for an empty token
     */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new AuthenticationException(Failure.MISSING, "an API key is required: Authorization: Bearer <key>");
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            throw new AuthenticationException(Failure.INVALID, "the bearer token is empty");
        }
        return token;
    }
}
