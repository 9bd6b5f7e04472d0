package dev.gatehouse.console.shell;

import dev.gatehouse.identity.Principal;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator signed in to this console session. The principal also sits in the HTTP session
 * under {@link #ATTRIBUTE} so the {@link ConsoleGuard} can check it without CDI. Signing in
 * changes the session id (no fixation); signing out ends the session.
 */
@Named
@SessionScoped
public class OperatorSession implements Serializable {
    /** The HTTP session attribute holding the signed-in {@link Principal}. */
    public static final String ATTRIBUTE = "gatehouse.console.operator";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OperatorSession.class.getName());

    /** The signed-in operator, when there is one. */
    public Optional<Principal> principal() {
        HttpSession session = request().getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Principal) session.getAttribute(ATTRIBUTE));
    }

    /** The signed-in operator; the guard lets no request without one reach a page that asks. */
    public Principal operator() {
        return principal().orElseThrow(() -> new IllegalStateException("no operator is signed in"));
    }

    /** The operator's name for the header. */
    public String getName() {
        return principal().map(Principal::displayName).orElse("");
    }

    void signedIn(Principal operator) {
        HttpServletRequest request = request();
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, operator);
        LOG.info(() -> "console: operator '" + operator.displayName() + "' signed in");
    }

    /** Ends the console session and goes back to the sign-in page. */
    public String signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String name = getName();
        external.invalidateSession();
        LOG.info(() -> "console: operator '" + name + "' signed out");
        return "/signin?faces-redirect=true";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
