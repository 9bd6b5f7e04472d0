package dev.gatehouse.console.shell;

import dev.gatehouse.platform.Origins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * What every console request passes first:
 * <ul>
 * <li>security headers on every response: no framing ({@code X-Frame-Options: DENY},
 *     {@code frame-ancestors 'none'}), no MIME sniffing, no referrer to other sites, and no
 *     caching of pages (they can show a key once);</li>
 * <li>a {@code POST} whose {@code Origin} names another site is refused with 403 (the Faces
 *     view state and the {@code SameSite=Strict} session cookie already stop forged posts; this
 *     is the third lock);</li>
 * <li>pages need a signed-in operator: without one, a page request is redirected to the
 *     sign-in page (an AJAX request gets a Faces partial redirect), keeping where it was going.</li>
 * </ul>
 * The sign-in and error pages and static resources are open.
 */
@WebFilter(filterName = "consoleGuard", urlPatterns = "/*")
public class ConsoleGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConsoleGuard.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the container's decoded, normalised path: "/x/../index.xhtml" cannot pass as "/x/..."
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        secure(response, isResource(path));
        if ("POST".equals(request.getMethod()) && !sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
            LOG.warning(() -> "console: refused a cross-site POST to " + path);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-site request refused");
            return;
        }
        if (isOpen(path) || signedIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String signIn = request.getContextPath() + "/signin.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(signIn);
    }

    private static void secure(HttpServletResponse response, boolean resource) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean isResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/");
    }

    static boolean isOpen(String path) {
        return isResource(path) || path.equals("/signin.xhtml") || path.equals("/error.xhtml")
                || path.equals("/expired.xhtml") || path.equals("/not-found.xhtml");
    }

    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(OperatorSession.ATTRIBUTE) != null;
    }

    /** No {@code Origin} (same-origin navigations by some browsers) or one naming the request's own {@code Host}. */
    static boolean sameOrigin(String origin, String host) {
        return origin == null || Origins.sameAuthority(origin, host);
    }
}
