package dev.gatehouse.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's one job: log the failure that led here under a short reference the operator
 * can quote, and show only that reference (never the exception or its stack).
 */
@Named
@RequestScoped
public class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private String reference;
    private boolean looked;

    public String getReference() {
        if (!looked) {
            looked = true;
            Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t) {
                byte[] id = new byte[4];
                RANDOM.nextBytes(id);
                reference = HexFormat.of().formatHex(id);
                LOG.log(Level.SEVERE, "console error " + reference, t);
            }
        }
        return reference;
    }
}
