package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tool calls an operator makes on one backend by the backend's own tool name (the admin API's
 * direct call, the console's "try a tool"). They take the agents' path through the pipeline
 * ({@link McpDispatcher#callDirect}): the principal is scoped and the policies decide
 * ({@code tools/call} on that backend and tool), and the call is audited with the operator as
 * the user. A call waits at most {@link #TIMEOUT} for the backend.
 */
@ApplicationScoped
public class DirectCalls {
    /** How long a direct call may take before it fails with a backend timeout. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Extra time the audit record may take to be written after the call ended. */
    private static final Duration AUDIT_GRACE = Duration.ofSeconds(30);

    @Inject
    Gateway gateway;

    /**
     * Calls {@code tool} on {@code backend} with {@code arguments} (an object, or {@code null} for none).
     *
     * @throws UnknownToolException  when the backend lists no such tool
     * @throws PolicyDeniedException when the policies deny the call
     * @throws McpException          when the backend is not ready, answers with an error or times out
     */
    public DirectCallResult call(Principal who, String backend, String tool, JsonNode arguments) throws InterruptedException {
        long start = System.nanoTime();
        var call = gateway.dispatcher().callDirect(who, backend, tool, arguments, TIMEOUT);
        try {
            JsonNode result = call.get(TIMEOUT.plus(AUDIT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return new DirectCallResult(backend, tool, result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (ExecutionException e) {
            Throwable cause = ErrorTranslator.unwrap(e);
            throw cause instanceof RuntimeException r ? r : new IllegalStateException("tool call failed", cause);
        } catch (TimeoutException e) {
            throw new McpException(JsonRpcError.BACKEND_TIMEOUT, "the call to '" + tool + "' did not finish in time");
        }
    }
}
