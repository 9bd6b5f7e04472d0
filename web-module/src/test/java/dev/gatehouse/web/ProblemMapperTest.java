package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.connector.session.BackendFailures;
import dev.gatehouse.gateway.PolicyDeniedException;
import dev.gatehouse.gateway.UnknownToolException;
import dev.gatehouse.policy.Decision;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.registry.DuplicateBackendException;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.UnknownBackendException;
import dev.gatehouse.vault.CredentialInUseException;
import dev.gatehouse.vault.InvalidCredentialException;
import dev.gatehouse.vault.UnknownCredentialException;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {
    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void invalidInputIsA400NamingTheField() {
        ProblemDetails problem = mapper.problem(new InvalidBackendException("url", "url is required"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).endsWith("/invalid-input");
        assertThat(problem.errors()).containsExactly(new ProblemDetails.FieldError("url", "url is required"));
        assertThat(mapper.problem(new InvalidCredentialException("headers.X-A", "a value is required")).errors())
                .extracting(ProblemDetails.FieldError::field).containsExactly("headers.X-A");
        assertThat(mapper.problem(new MalformedBodyException("colour", "unknown field 'colour'")).status()).isEqualTo(400);
    }

    @Test
    void anInvalidDeclarativeFileIsA400NamingTheYamlPath() {
        ProblemDetails problem = mapper.problem(
                new dev.gatehouse.config.ConfigException("backends[0].url", "url is required").in("/etc/gatehouse.yaml"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("backends[0].url");
        assertThat(mapper.problem(new dev.gatehouse.config.NoConfigFileException()).status()).isEqualTo(404);
    }

    @Test
    void unknownNamesAre404AndConflictsAre409() {
        assertThat(mapper.problem(new UnknownBackendException("a")).status()).isEqualTo(404);
        assertThat(mapper.problem(new UnknownCredentialException("a")).status()).isEqualTo(404);
        assertThat(mapper.problem(new UnknownToolException("a", "t")).status()).isEqualTo(404);
        assertThat(mapper.problem(new DuplicateBackendException("a")).status()).isEqualTo(409);
        assertThat(mapper.problem(new dev.gatehouse.identity.UnknownAgentException("a")).status()).isEqualTo(404);
        assertThat(mapper.problem(new dev.gatehouse.identity.UnknownApiKeyException("a", "k")).status()).isEqualTo(404);
        assertThat(mapper.problem(new dev.gatehouse.identity.DuplicateAgentException("taken")).status()).isEqualTo(409);
        assertThat(mapper.problem(new dev.gatehouse.identity.InvalidAgentException("backends", "no backend named 'x'"))
                .errors()).extracting(ProblemDetails.FieldError::field).containsExactly("backends");
        ProblemDetails inUse = mapper.problem(new CredentialInUseException("c", List.of("b1", "b2")));
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.detail()).contains("b1, b2");
    }

    @Test
    void auditQueryProblemsNameTheParameter() {
        ProblemDetails badCursor = mapper.problem(new EJBException(new dev.gatehouse.audit.InvalidAuditQueryException(
                "cursor", "not a cursor from this API")));
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.errors()).extracting(ProblemDetails.FieldError::field).containsExactly("cursor");
        assertThat(mapper.problem(new dev.gatehouse.audit.UnknownAuditRecordException("x")).status()).isEqualTo(404);
        ProblemDetails down = mapper.problem(new dev.gatehouse.audit.AuditStoreException("jdbc: secret detail", null));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.detail()).doesNotContain("jdbc");
    }

    @Test
    void unwrapsContainerWrappers() {
        assertThat(mapper.problem(new EJBException(new DuplicateBackendException("a"))).status()).isEqualTo(409);
        assertThat(mapper.problem(new CompletionException(new McpException(JsonRpcError.BACKEND_TIMEOUT, "slow")))
                .status()).isEqualTo(504);
    }

    @Test
    void backendFailuresMapToGatewayStatuses() {
        assertThat(mapper.problem(BackendFailures.unavailable("a", "it is failed")).status()).isEqualTo(503);
        assertThat(mapper.problem(new McpException(JsonRpcError.BACKEND_UNAVAILABLE, "down")).status()).isEqualTo(503);
        ProblemDetails backendError = mapper.problem(new McpException(JsonRpcError.INVALID_PARAMS, "bad args"));
        assertThat(backendError.status()).isEqualTo(502);
        assertThat(backendError.detail()).contains("-32602", "bad args");
    }

    @Test
    void aPolicyDenialIsA403WithTheReasons() {
        ProblemDetails denied = mapper.problem(new CompletionException(
                new PolicyDeniedException(new Decision.Deny(List.of("echo is switched off"), List.of("tools@2")))));

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.type()).endsWith("/policy-denied");
        assertThat(denied.detail()).contains("echo is switched off");
    }

    @Test
    void unexpectedFailuresAreA500WithoutTheirMessage() {
        ProblemDetails problem = mapper.problem(new IllegalStateException("token=hunter2 leaked"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.toString()).doesNotContain("hunter2", "IllegalStateException");
    }

    @Test
    void aPolicyThatDoesNotCompileIsA400WithEveryErrorAndItsPosition() {
        ProblemDetails problem = mapper.problem(new dev.gatehouse.policy.PolicyCompileException("p", java.util.List.of(
                new dev.gatehouse.rego.RegoError("rego_parse_error", "p.rego", 3, 7, "unexpected eof"),
                new dev.gatehouse.rego.RegoError("rego_unsafe_var_error", "p.rego", 5, 2, "var x is unsafe"))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.compileErrors()).containsExactly(
                new ProblemDetails.CompileError("rego_parse_error", "p.rego", 3, 7, "unexpected eof"),
                new ProblemDetails.CompileError("rego_unsafe_var_error", "p.rego", 5, 2, "var x is unsafe"));
        assertThat(problem.errors()).extracting(ProblemDetails.FieldError::message)
                .containsExactly("p.rego:3:7: rego_parse_error: unexpected eof", "p.rego:5:2: rego_unsafe_var_error: var x is unsafe");
        assertThat(mapper.problem(new dev.gatehouse.policy.UnknownPolicyException("named 'x'")).status()).isEqualTo(404);
        assertThat(mapper.problem(new dev.gatehouse.policy.DuplicatePolicyException("x")).status()).isEqualTo(409);
    }
}
