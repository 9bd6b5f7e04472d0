package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.gateway.UnknownTargetException.Kind;
import dev.gatehouse.gateway.catalog.AggregateView;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.catalog.ResourceUris;
import dev.gatehouse.gateway.catalog.Route;
import dev.gatehouse.gateway.session.AgentRelay;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Routes the requests that address one entry — {@code tools/call}, {@code prompts/get},
 * {@code resources/read}, {@code resources/subscribe}/{@code unsubscribe} and
 * {@code completion/complete} — to the owning backend, with the exposed name or URI turned
 * back into the backend's own. The backend's result is returned unchanged. The future
 * returned is the backend call's own, so cancelling it cancels the backend request.
 */
final class CallRouter {
    private final LiveAggregate aggregate;
    private final BackendDirectory directory;

    CallRouter(LiveAggregate aggregate, BackendDirectory directory) {
        this.aggregate = aggregate;
        this.directory = directory;
    }

    CompletableFuture<JsonNode> callTool(AgentRequest request) {
        String name = request.text("name");
        Route route = aggregate.current().tool(name).orElseThrow(() -> unknown(Kind.TOOL, name));
        return forward(route, "tools/call", renamed(request.params(), "name", route.original()), request.relay());
    }

    CompletableFuture<JsonNode> getPrompt(AgentRequest request) {
        String name = request.text("name");
        Route route = aggregate.current().prompt(name).orElseThrow(() -> unknown(Kind.PROMPT, name));
        return forward(route, "prompts/get", renamed(request.params(), "name", route.original()), request.relay());
    }

    CompletableFuture<JsonNode> readResource(AgentRequest request) {
        String uri = request.text("uri");
        AggregateView view = aggregate.current();
        Optional<Route> route = view.resource(uri);
        if (route.isPresent()) {
            return forward(route.get(), "resources/read", renamed(request.params(), "uri", route.get().original()),
                    request.relay());
        }
        if (ResourceUris.parse(uri).isPresent()) {
            throw unknown(Kind.RESOURCE, uri);
        }
        // Not listed and no template matches: dynamic URIs exist, so ask the resource servers in turn.
        List<BackendLink> candidates = view.backends().stream()
                .filter(link -> capability(link, "resources").isPresent()).toList();
        return tryEach(candidates, 0, request.params(), request.relay(), uri);
    }

    CompletableFuture<JsonNode> subscription(AgentRequest request) {
        String uri = request.text("uri");
        Route route = aggregate.current().resource(uri).orElseThrow(() -> unknown(Kind.RESOURCE, uri));
        boolean supported = capability(route.link(), "resources").map(r -> r.path("subscribe").asBoolean()).orElse(false);
        if (!supported) {
            throw new McpException(JsonRpcError.METHOD_NOT_FOUND,
                    "backend '" + route.backend() + "' does not support resource subscriptions");
        }
        // Updates arrive later, outside this request: they go to the session's GET stream.
        return forward(route, request.method(), renamed(request.params(), "uri", route.original()),
                new AgentRelay(request.session(), null));
    }

    CompletableFuture<JsonNode> complete(AgentRequest request) {
        JsonNode ref = request.params().get("ref");
        if (ref == null || !ref.isObject()) {
            throw new InvalidParamsException("completion/complete requires the object parameter 'ref'");
        }
        AggregateView view = aggregate.current();
        String type = ref.path("type").asText("");
        Route route;
        String field;
        switch (type) {
            case "ref/prompt" -> {
                String name = ref.path("name").asText("");
                route = view.prompt(name).orElseThrow(() -> unknown(Kind.PROMPT, name));
                field = "name";
            }
            case "ref/resource" -> {
                String uri = ref.path("uri").asText("");
                route = view.template(uri).or(() -> view.resource(uri)).orElseThrow(() -> unknown(Kind.TEMPLATE, uri));
                field = "uri";
            }
            default -> throw new InvalidParamsException("ref.type must be 'ref/prompt' or 'ref/resource'");
        }
        ObjectNode forwardedRef = ((ObjectNode) ref).deepCopy().put(field, route.original());
        ObjectNode params = McpJson.object().setAll(request.params());
        params.set("ref", forwardedRef);
        return forward(route, "completion/complete", params, request.relay());
    }

    private CompletableFuture<JsonNode> tryEach(List<BackendLink> candidates, int index, ObjectNode params,
                                                RelayChannel relay, String uri) {
        if (index >= candidates.size()) {
            return CompletableFuture.failedFuture(unknown(Kind.RESOURCE, uri));
        }
        BackendLink link = candidates.get(index);
        return forward(new Route(link, uri), "resources/read", params, relay)
                .exceptionallyCompose(e -> candidates.size() == 1 ? CompletableFuture.failedFuture(e)
                        : tryEach(candidates, index + 1, params, relay, uri));
    }

    private static CompletableFuture<JsonNode> forward(Route route, String method, ObjectNode params, RelayChannel relay) {
        BackendState state = route.link().status().state();
        if (state != BackendState.READY && state != BackendState.DEGRADED) {
            throw new BackendUnavailableException(route.backend(), state);
        }
        return route.link().call(method, params, relay);
    }

    static Optional<JsonNode> capability(BackendLink link, String name) {
        JsonNode capabilities = link.status().capabilities();
        return capabilities == null || !capabilities.hasNonNull(name) ? Optional.empty() : Optional.of(capabilities.get(name));
    }

    private static ObjectNode renamed(ObjectNode params, String field, String value) {
        if (value.equals(params.path(field).asText(null))) {
            return params;
        }
        ObjectNode copy = McpJson.object().setAll(params);
        copy.put(field, value);
        return copy;
    }

    /**
     * An unknown name, unless it names a registered backend that is not ready — then the
     * agent learns that the backend is unavailable rather than that the entry does not exist.
     */
    private RuntimeException unknown(Kind kind, String name) {
        Optional<String> backend = switch (kind) {
            case TOOL, PROMPT -> aggregate.naming() == NamingMode.PREFIXED && name.contains(NamingMode.SEPARATOR)
                    ? directory.links().stream().map(BackendLink::name)
                        .filter(b -> name.startsWith(b + NamingMode.SEPARATOR)).findFirst()
                    : Optional.empty();
            case RESOURCE, TEMPLATE -> ResourceUris.parse(name).map(ResourceUris.Namespaced::backend);
        };
        return backend.flatMap(directory::find)
                .filter(link -> link.status().state() != BackendState.READY)
                .<RuntimeException>map(link -> new BackendUnavailableException(link.name(), link.status().state()))
                .orElseGet(() -> new UnknownTargetException(kind, name));
    }
}
