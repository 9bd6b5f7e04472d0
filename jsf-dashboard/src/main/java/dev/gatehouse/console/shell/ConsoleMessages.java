package dev.gatehouse.console.shell;

import dev.gatehouse.audit.AuditStoreException;
import dev.gatehouse.audit.InvalidAuditQueryException;
import dev.gatehouse.audit.UnknownAuditRecordException;
import dev.gatehouse.gateway.PolicyDeniedException;
import dev.gatehouse.gateway.UnknownToolException;
import dev.gatehouse.identity.DuplicateAgentException;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.UnknownAgentException;
import dev.gatehouse.identity.UnknownApiKeyException;
import dev.gatehouse.policy.DuplicatePolicyException;
import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyCompileException;
import dev.gatehouse.policy.UnknownPolicyException;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.registry.DuplicateBackendException;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.UnknownBackendException;
import dev.gatehouse.vault.CredentialInUseException;
import dev.gatehouse.vault.DuplicateCredentialException;
import dev.gatehouse.vault.InvalidCredentialException;
import dev.gatehouse.vault.UnknownCredentialException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where a page's failures become messages for the operator. The business
 * exceptions of the EJBs ({@code Invalid*}, {@code Unknown*}, {@code Duplicate*}, {@code *InUse},
 * policy compile errors, not-ready backends) carry messages written for people: they are shown
 * as they are, attached to the component of the field they name when the page says which.
 * Anything else is unexpected: it is logged with a reference and the operator sees only that.
 */
public final class ConsoleMessages {
    private static final Logger LOG = Logger.getLogger(ConsoleMessages.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleMessages() {
    }

    /** A confirmation ("Backend 'x' registered."). */
    public static void info(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    /** Keeps this request's messages for the page a redirect leads to (an action ending in {@code faces-redirect}). */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A warning that did not stop the action. */
    public static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    /** An error for the page, or for one component when {@code clientId} is given. */
    public static void error(String clientId, String summary, String detail) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    /**
     * Reports a failed action: an expected business failure with its own message (on
     * {@code clientId} when given), anything else as "unexpected" with a logged reference.
     */
    public static void failure(String clientId, String action, Throwable failure) {
        Throwable t = cause(failure);
        if (isExpected(t)) {
            add(clientId, FacesMessage.SEVERITY_ERROR, action + " failed", t.getMessage());
            return;
        }
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        String reference = HexFormat.of().formatHex(id);
        LOG.log(Level.SEVERE, "console error " + reference + " (" + action + ")", t);
        add(null, FacesMessage.SEVERITY_ERROR, action + " failed",
                "An unexpected error occurred; it is in the server log under reference " + reference + ".");
    }

    /** Business failures of our own: their messages are written for operators and hold no secrets. */
    private static final Set<Class<? extends Throwable>> EXPECTED = Set.of(
            InvalidBackendException.class, UnknownBackendException.class, DuplicateBackendException.class,
            InvalidCredentialException.class, UnknownCredentialException.class, DuplicateCredentialException.class,
            CredentialInUseException.class,
            InvalidPolicyException.class, UnknownPolicyException.class, DuplicatePolicyException.class,
            PolicyCompileException.class, PolicyDeniedException.class, UnknownToolException.class,
            InvalidAgentException.class, UnknownAgentException.class, DuplicateAgentException.class,
            UnknownApiKeyException.class,
            InvalidAuditQueryException.class, UnknownAuditRecordException.class, AuditStoreException.class,
            McpException.class, OptimisticLockException.class);

    static boolean isExpected(Throwable t) {
        return EXPECTED.stream().anyMatch(type -> type.isInstance(t));
    }

    /** The business failure inside the container's wrappers ({@code EJBException}, completion and execution exceptions). */
    public static Throwable cause(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof CompletionException
                || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        // a null detail would make Faces repeat the summary as the detail
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }
}
