package dev.gatehouse.web;

import dev.gatehouse.policy.DuplicatePolicyException;
import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyCompileException;
import dev.gatehouse.policy.UnknownPolicyException;
import dev.gatehouse.audit.AuditStoreException;
import dev.gatehouse.audit.InvalidAuditQueryException;
import dev.gatehouse.audit.UnknownAuditRecordException;
import dev.gatehouse.identity.DuplicateAgentException;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.UnknownAgentException;
import dev.gatehouse.identity.UnknownApiKeyException;
import dev.gatehouse.config.ConfigException;
import dev.gatehouse.config.NoConfigFileException;
import dev.gatehouse.gateway.PolicyDeniedException;
import dev.gatehouse.gateway.UnknownToolException;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.registry.DuplicateBackendException;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.UnknownBackendException;
import dev.gatehouse.vault.CredentialDecryptionException;
import dev.gatehouse.vault.CredentialInUseException;
import dev.gatehouse.vault.DuplicateCredentialException;
import dev.gatehouse.vault.InvalidCredentialException;
import dev.gatehouse.vault.UnknownCredentialException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become HTTP problem details (RFC 9457): invalid input → 400
 * naming the field (a policy that does not compile: every error with its position), unknown → 404, duplicate or in use → 409, denied by policy → 403 (the reasons in the detail), backend not ready → 503,
 * anything unexpected → 500 with a generic detail (the stack trace goes to the log only).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String TYPES = "https://gatehouse.dev/problems/";

    @Context
    private UriInfo uri;

    void uriInfo(UriInfo uri) {
        this.uri = uri;
    }

    @Override
    public Response toResponse(Throwable failure) {
        ProblemDetails problem = problem(failure);
        Response.ResponseBuilder response = Response.status(problem.status()).type(ProblemDetails.MEDIA_TYPE).entity(problem);
        if (failure instanceof WebApplicationException e && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    ProblemDetails problem(Throwable failure) {
        Throwable t = unwrap(failure);
        return switch (t) {
            case InvalidBackendException e -> invalid(e.field(), e.getMessage());
            case InvalidCredentialException e -> invalid(e.field(), e.getMessage());
            case InvalidPolicyException e -> invalid(e.field(), e.getMessage());
            case PolicyCompileException e -> compileErrors(e);
            case UnknownPolicyException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case DuplicatePolicyException e -> of(409, "duplicate-name", "Name already taken", e.getMessage(), List.of());
            case InvalidAuditQueryException e -> invalid(e.field(), e.getMessage());
            case InvalidAgentException e -> invalid(e.field(), e.getMessage());
            case MalformedBodyException e -> of(400, "malformed-request", "Malformed request body", e.getMessage(),
                    List.of(new ProblemDetails.FieldError(e.field(), e.getMessage())));
            case ConstraintViolationException e -> violations(e);
            case ConfigException e -> of(400, "invalid-config", "Invalid declarative file", e.getMessage(),
                    List.of(new ProblemDetails.FieldError(e.path(), e.getMessage())));
            case NoConfigFileException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case ValidationException e -> of(400, "invalid-input", "Invalid input", "the request is invalid", List.of());
            case UnknownBackendException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case UnknownCredentialException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case UnknownAuditRecordException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case AuditStoreException e -> {
                LOG.warning(e.getMessage());
                yield of(503, "audit-store-unavailable", "Audit store unavailable", "the audit log cannot be read now",
                        List.of());
            }
            case UnknownToolException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case UnknownAgentException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case UnknownApiKeyException e -> of(404, "not-found", "Not found", e.getMessage(), List.of());
            case DuplicateBackendException e -> of(409, "duplicate-name", "Name already taken", e.getMessage(), List.of());
            case DuplicateCredentialException e -> of(409, "duplicate-name", "Name already taken", e.getMessage(), List.of());
            case DuplicateAgentException e -> of(409, "duplicate-name", "Name already taken", e.getMessage(), List.of());
            case CredentialInUseException e -> of(409, "in-use", "Credential in use", e.getMessage(), List.of());
            case OptimisticLockException e -> of(409, "concurrent-change", "Concurrent change",
                    "the entity was changed concurrently; read it again and retry", List.of());
            case PolicyDeniedException e -> of(403, "policy-denied", "Denied by policy", e.getMessage(), List.of());
            case McpException e -> backendError(e.error());
            case CredentialDecryptionException e -> {
                LOG.severe(e.getMessage());
                yield of(500, "vault-error", "Credential cannot be decrypted", e.getMessage(), List.of());
            }
            case WebApplicationException e -> {
                int status = e.getResponse().getStatus();
                String reason = e.getResponse().getStatusInfo().getReasonPhrase();
                yield of(status, status == 404 ? "not-found" : "http-" + status, reason,
                        status == 404 ? "no resource at this path" : reason, List.of());
            }
            default -> {
                LOG.log(Level.SEVERE, "unexpected failure on " + path(), t);
                yield of(500, "internal-error", "Internal error",
                        "an unexpected error occurred; the server log has the details", List.of());
            }
        };
    }

    private ProblemDetails backendError(JsonRpcError error) {
        return switch (error.code()) {
            case JsonRpcError.BACKEND_UNAVAILABLE -> of(503, "backend-not-ready", "Backend not ready", error.message(), List.of());
            case JsonRpcError.BACKEND_TIMEOUT -> of(504, "backend-timeout", "Backend timeout", error.message(), List.of());
            default -> of(502, "backend-error", "Backend error",
                    "the backend answered with JSON-RPC error " + error.code() + ": " + error.message(), List.of());
        };
    }

    private ProblemDetails compileErrors(PolicyCompileException e) {
        List<ProblemDetails.FieldError> fields = new ArrayList<>();
        List<ProblemDetails.CompileError> errors = new ArrayList<>();
        for (var error : e.errors()) {
            fields.add(new ProblemDetails.FieldError("source", error.file() + ":" + error.row() + ":" + error.col() + ": "
                    + error.code() + ": " + error.message()));
            errors.add(new ProblemDetails.CompileError(error.code(), error.file(), error.row(), error.col(), error.message()));
        }
        return new ProblemDetails(TYPES + "policy-compile-error", "Policy does not compile", 400, e.getMessage(), path(),
                fields, errors);
    }

    private ProblemDetails invalid(String field, String message) {
        return of(400, "invalid-input", "Invalid input", field + ": " + message,
                List.of(new ProblemDetails.FieldError(field, message)));
    }

    private ProblemDetails violations(ConstraintViolationException e) {
        List<ProblemDetails.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new ProblemDetails.FieldError(field(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(ProblemDetails.FieldError::field));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return of(400, "invalid-input", "Invalid input", detail, errors);
    }

    /** The property path after the method and parameter nodes: {@code create.request.name} → {@code name}. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                default -> names.add(node.getName());
            }
        }
        return String.join(".", names);
    }

    private ProblemDetails of(int status, String slug, String title, String detail, List<ProblemDetails.FieldError> errors) {
        return new ProblemDetails(TYPES + slug, title, status, detail, path(), errors);
    }

    private String path() {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof CompletionException
                || current instanceof ExecutionException
                || (current instanceof jakarta.persistence.PersistenceException && current.getCause() instanceof OptimisticLockException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
