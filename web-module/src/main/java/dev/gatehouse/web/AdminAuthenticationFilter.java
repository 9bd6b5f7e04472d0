package dev.gatehouse.web;

import dev.gatehouse.identity.AuthenticationException;
import dev.gatehouse.identity.Authenticator;
import dev.gatehouse.identity.Principal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request to the admin API ({@code /api/v1}) must come from the administrator: the
 * {@link Authenticator} checks the HTTP Basic credentials, and the operator {@link Principal}
 * is passed on as the request property {@link #PRINCIPAL} and as the request's
 * {@link SecurityContext} (user principal = the administrator's name, role {@code admin}). Otherwise 401 with
 * {@code WWW-Authenticate: Basic realm="gatehouse"} and a problem detail. {@code /health} and
 * {@code /openapi} are outside this application and stay open.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter {
    public static final String PRINCIPAL = Principal.class.getName();
    private static final Logger LOG = Logger.getLogger(AdminAuthenticationFilter.class.getName());

    @Inject
    Authenticator authenticator;

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            Principal operator = authenticator.administrator(request.getHeaderString("Authorization"));
            request.setProperty(PRINCIPAL, operator);
            request.setSecurityContext(new Administrator(operator.user(), request.getSecurityContext().isSecure()));
        } catch (AuthenticationException e) {
            LOG.log(Level.FINE, "refused an admin request: {0}", e.getMessage());
            String path = "/api/v1/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
            ProblemDetails problem = new ProblemDetails("https://gatehouse.dev/problems/unauthenticated",
                    "Authentication required", 401, e.getMessage(), path, List.of());
            request.abortWith(Response.status(401).header("WWW-Authenticate", "Basic realm=\"gatehouse\", charset=\"UTF-8\"")
                    .type(ProblemDetails.MEDIA_TYPE).entity(problem).build());
        }
    }

    /** The security context of an authenticated admin request. */
    private record Administrator(String name, boolean secure) implements SecurityContext {
        @Override
        public java.security.Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return "admin".equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
