package dev.gatehouse.web.mcp;

import dev.gatehouse.identity.AuthenticationException;
import dev.gatehouse.identity.Authenticator;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcResponse;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Authenticates every request to {@code /mcp} before the transport sees it (OAuth 2.1 resource
 * server rules, RFC 6750 §3): the {@link Authenticator} turns {@code Authorization: Bearer <key>}
 * into the agent's {@link Principal}, which is passed on as the request attribute
 * {@link #PRINCIPAL}. Refusals carry {@code WWW-Authenticate: Bearer realm="gatehouse"} and a
 * JSON-RPC error body: no credential → 401 without an error code; a malformed, unknown,
 * revoked or expired key → 401 {@code error="invalid_token"}; a valid key of a disabled agent →
 * 403 {@code error="insufficient_scope"}.
 */
public class McpAuthenticationFilter extends HttpFilter {
    /** The request attribute holding the authenticated {@link Principal}. */
    public static final String PRINCIPAL = Principal.class.getName();
    private static final Logger LOG = Logger.getLogger(McpAuthenticationFilter.class.getName());
    private static final String REALM = "Bearer realm=\"gatehouse\"";

    @Inject
    transient Authenticator authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal;
        try {
            principal = authenticator.agent(request.getHeader("Authorization"));
        } catch (AuthenticationException e) {
            LOG.log(Level.FINE, "refused an agent request: {0}", e.getMessage());
            refuse(response, e);
            return;
        }
        request.setAttribute(PRINCIPAL, principal);
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, AuthenticationException e) throws IOException {
        int status = switch (e.failure()) {
            case MISSING, INVALID -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
        };
        response.setHeader("WWW-Authenticate", challenge(e));
        McpServlet.writeJson(response, status, JsonRpcResponse.failure(null,
                JsonRpcError.of(JsonRpcError.INVALID_REQUEST, e.getMessage())));
    }

    /** The RFC 6750 challenge; the description is ours and never contains the token. */
    static String challenge(AuthenticationException e) {
        return switch (e.failure()) {
            case MISSING -> REALM;
            case INVALID -> REALM + ", error=\"invalid_token\", error_description=\"" + quoted(e.getMessage()) + "\"";
            case FORBIDDEN -> REALM + ", error=\"insufficient_scope\", error_description=\"" + quoted(e.getMessage()) + "\"";
        };
    }

    private static String quoted(String text) {
        return text.replace("\\", "").replace("\"", "'");
    }
}
