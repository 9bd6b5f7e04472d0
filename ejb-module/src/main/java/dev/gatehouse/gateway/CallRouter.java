package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.connector.session.BackendFailures;
import dev.gatehouse.gateway.UnknownTargetException.Kind;
import dev.gatehouse.gateway.catalog.AggregateView;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.catalog.ResourceUris;
import dev.gatehouse.gateway.catalog.Route;
import dev.gatehouse.gateway.session.AgentRelay;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.Decision;
import dev.gatehouse.policy.PolicyInput;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Routes the requests that address one entry — {@code tools/call}, {@code prompts/get},
 * {@code resources/read}, {@code resources/subscribe}/{@code unsubscribe} and
 * {@code completion/complete} — to the owning backend, with the exposed name or URI turned
 * back into the backend's own. Before any backend is contacted, {@link AccessGate} scopes the
 * entry (out of scope reads as unknown) and decides it. The backend's result is returned
 * unchanged. The future returned is the backend call's own, so cancelling it cancels the
 * backend request.
 */
final class CallRouter {
    private final LiveAggregate aggregate;
    private final BackendDirectory directory;
    private final AccessGate gate;
    private final ResourceSubscriptions subscriptions;

    CallRouter(LiveAggregate aggregate, BackendDirectory directory, AccessGate gate, ResourceSubscriptions subscriptions) {
        this.aggregate = aggregate;
        this.directory = directory;
        this.gate = gate;
        this.subscriptions = subscriptions;
    }

    CompletableFuture<JsonNode> callTool(AgentRequest request, AuditTrail trail) {
        JsonNode arguments = request.params().get("arguments");
        trail.addressed(null, request.params().path("name").asText(null), arguments);
        String name = request.text("name");
        Principal who = request.session().principal();
        AggregateView view = aggregate.current();
        Route route = view.tool(name).filter(r -> AccessGate.inScope(who, r)).orElseThrow(() -> unknown(Kind.TOOL, name, who));
        trail.addressed(route.backend(), route.original(), arguments);
        JsonNode annotations = view.toolEntry(name).map(entry -> entry.get("annotations")).orElse(null);
        gate.enforce(request, trail, route, new PolicyInput.Tool(route.original(), name, annotations), arguments);
        return forward(route, "tools/call", renamed(request.params(), "name", route.original()), request.relay());
    }

    /**
     * A {@code tools/call} addressed to one backend by its own tool name (a direct call): the
     * backend must be in scope, ready and list the tool; then the gate decides it as it would
     * the exposed name.
     */
    CompletableFuture<JsonNode> callDirect(AgentRequest request, AuditTrail trail, String backend) {
        String tool = request.text("name");
        JsonNode arguments = request.params().get("arguments");
        trail.addressed(backend, tool, arguments);
        Principal who = request.session().principal();
        BackendLink link = directory.find(backend).filter(l -> who.mayUse(l.name()))
                .orElseThrow(() -> BackendFailures.unavailable(backend, "it is not connected"));
        BackendState state = link.status().state();
        if (state != BackendState.READY && state != BackendState.DEGRADED) {
            throw BackendFailures.unavailable(backend, notServing(state));
        }
        ObjectNode entry = link.catalog().tools().stream().filter(t -> tool.equals(t.path("name").asText(null)))
                .findFirst().orElseThrow(() -> new UnknownToolException(backend, tool));
        Route route = new Route(link, tool);
        gate.enforce(request, trail, route,
                new PolicyInput.Tool(tool, aggregate.naming().expose(backend, tool), entry.get("annotations")), arguments);
        return forward(route, "tools/call", request.params(), RelayChannel.none());
    }

    CompletableFuture<JsonNode> getPrompt(AgentRequest request, AuditTrail trail) {
        String name = request.text("name");
        Principal who = request.session().principal();
        Route route = aggregate.current().prompt(name).filter(r -> AccessGate.inScope(who, r))
                .orElseThrow(() -> unknown(Kind.PROMPT, name, who));
        JsonNode arguments = request.params().get("arguments");
        trail.addressed(route.backend(), route.original(), arguments);
        gate.enforce(request, trail, route, new PolicyInput.Prompt(route.original(), name), arguments);
        return forward(route, "prompts/get", renamed(request.params(), "name", route.original()), request.relay());
    }

    CompletableFuture<JsonNode> readResource(AgentRequest request, AuditTrail trail) {
        String uri = request.text("uri");
        Principal who = request.session().principal();
        AggregateView view = aggregate.current();
        Optional<Route> route = view.resource(uri);
        if (route.isPresent()) {
            if (!AccessGate.inScope(who, route.get())) {
                throw unknown(Kind.RESOURCE, uri, who);
            }
            trail.addressed(route.get().backend(), route.get().original(), null);
            gate.enforce(request, trail, route.get(), new PolicyInput.Resource(route.get().original(), uri), null);
            return forward(route.get(), "resources/read", renamed(request.params(), "uri", route.get().original()),
                    request.relay());
        }
        if (ResourceUris.parse(uri).isPresent()) {
            throw unknown(Kind.RESOURCE, uri, who);
        }
        // Not listed and no template matches: dynamic URIs exist, so ask the resource servers in turn:
        // those in scope whose policies allow the read; when every one of them is denied, the first denial answers.
        List<BackendLink> candidates = new ArrayList<>();
        PolicyDeniedException firstDenial = null;
        Decision allowed = null;
        for (BackendLink link : view.backends()) {
            Route candidate = new Route(link, uri);
            if (capability(link, "resources").isEmpty() || !AccessGate.inScope(who, candidate)) {
                continue;
            }
            try {
                allowed = gate.enforce(request, null, candidate, new PolicyInput.Resource(uri, uri), null);
                candidates.add(link);
            } catch (PolicyDeniedException e) {
                firstDenial = firstDenial == null ? e : firstDenial;
            }
        }
        if (candidates.isEmpty() && firstDenial != null) {
            trail.decided(firstDenial.decision());
            throw firstDenial;
        }
        if (allowed != null) {
            trail.decided(allowed);
        }
        if (candidates.size() == 1) {
            trail.addressed(candidates.get(0).name(), uri, null);
        }
        return tryEach(candidates, 0, request.params(), request.relay(), uri);
    }

    CompletableFuture<JsonNode> subscription(AgentRequest request) {
        String uri = request.text("uri");
        Principal who = request.session().principal();
        Route route = aggregate.current().resource(uri).filter(r -> AccessGate.inScope(who, r))
                .orElseThrow(() -> unknown(Kind.RESOURCE, uri, who));
        boolean supported = capability(route.link(), "resources").map(r -> r.path("subscribe").asBoolean()).orElse(false);
        if (!supported) {
            throw new McpException(JsonRpcError.METHOD_NOT_FOUND,
                    "backend '" + route.backend() + "' does not support resource subscriptions");
        }
        // One backend connection serves every agent: the subscription upstream is shared, and
        // updates arrive later, outside this request, for ResourceSubscriptions to relay.
        ResourceSubscriptions.Key key = new ResourceSubscriptions.Key(route.backend(), route.original());
        if (request.method().equals("resources/subscribe")) {
            if (!subscriptions.add(key, request.session(), uri)) {
                return CompletableFuture.completedFuture(McpJson.object());
            }
            CompletableFuture<JsonNode> upstream;
            try {
                upstream = forward(route, request.method(), renamed(request.params(), "uri", route.original()),
                        new AgentRelay(request.session(), null));
            } catch (RuntimeException e) {
                subscriptions.remove(key, request.session());
                throw e;
            }
            return upstream.whenComplete((ok, failure) -> {
                if (failure != null) {
                    subscriptions.remove(key, request.session());
                }
            });
        }
        if (!subscriptions.remove(key, request.session())) {
            return CompletableFuture.completedFuture(McpJson.object());
        }
        return forward(route, request.method(), renamed(request.params(), "uri", route.original()),
                new AgentRelay(request.session(), null));
    }

    CompletableFuture<JsonNode> complete(AgentRequest request, AuditTrail trail) {
        JsonNode ref = request.params().get("ref");
        if (ref == null || !ref.isObject()) {
            throw new InvalidParamsException("completion/complete requires the object parameter 'ref'");
        }
        AggregateView view = aggregate.current();
        Principal who = request.session().principal();
        String type = ref.path("type").asText("");
        Route route;
        String field;
        PolicyInput.Target target;
        switch (type) {
            case "ref/prompt" -> {
                String name = ref.path("name").asText("");
                route = view.prompt(name).filter(r -> AccessGate.inScope(who, r))
                        .orElseThrow(() -> unknown(Kind.PROMPT, name, who));
                field = "name";
                target = new PolicyInput.Prompt(route.original(), name);
            }
            case "ref/resource" -> {
                String uri = ref.path("uri").asText("");
                route = view.template(uri).or(() -> view.resource(uri)).filter(r -> AccessGate.inScope(who, r))
                        .orElseThrow(() -> unknown(Kind.TEMPLATE, uri, who));
                field = "uri";
                target = new PolicyInput.Resource(route.original(), uri);
            }
            default -> throw new InvalidParamsException("ref.type must be 'ref/prompt' or 'ref/resource'");
        }
        JsonNode argument = request.params().get("argument");
        trail.addressed(route.backend(), route.original(), argument);
        gate.enforce(request, trail, route, target, argument);
        ObjectNode forwardedRef = ((ObjectNode) ref).deepCopy().put(field, route.original());
        ObjectNode params = McpJson.object().setAll(request.params());
        params.set("ref", forwardedRef);
        return forward(route, "completion/complete", params, request.relay());
    }

    private CompletableFuture<JsonNode> tryEach(List<BackendLink> candidates, int index, ObjectNode params,
                                                RelayChannel relay, String uri) {
        if (index >= candidates.size()) {
            return CompletableFuture.failedFuture(new UnknownTargetException(Kind.RESOURCE, uri));
        }
        BackendLink link = candidates.get(index);
        return forward(new Route(link, uri), "resources/read", params, relay)
                .exceptionallyCompose(e -> candidates.size() == 1 ? CompletableFuture.failedFuture(e)
                        : tryEach(candidates, index + 1, params, relay, uri));
    }

    private static CompletableFuture<JsonNode> forward(Route route, String method, ObjectNode params, RelayChannel relay) {
        BackendState state = route.link().status().state();
        if (state != BackendState.READY && state != BackendState.DEGRADED) {
            throw BackendFailures.unavailable(route.backend(), notServing(state));
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
     * An unknown name, unless it names a registered backend in the caller's scope that is not
     * ready — then the agent learns that the backend is unavailable rather than that the entry
     * does not exist. Out-of-scope backends are never revealed.
     */
    private RuntimeException unknown(Kind kind, String name, Principal who) {
        Optional<String> backend = switch (kind) {
            case TOOL, PROMPT -> aggregate.naming() == NamingMode.PREFIXED && name.contains(NamingMode.SEPARATOR)
                    ? directory.links().stream().map(BackendLink::name)
                        .filter(b -> name.startsWith(b + NamingMode.SEPARATOR)).findFirst()
                    : Optional.empty();
            case RESOURCE, TEMPLATE -> ResourceUris.parse(name).map(ResourceUris.Namespaced::backend);
        };
        return backend.filter(who::mayUse).flatMap(directory::find)
                .filter(link -> link.status().state() != BackendState.READY)
                .<RuntimeException>map(link -> BackendFailures.unavailable(link.name(), notServing(link.status().state())))
                .orElseGet(() -> new UnknownTargetException(kind, name));
    }

    private static String notServing(BackendState state) {
        return "it is " + state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
