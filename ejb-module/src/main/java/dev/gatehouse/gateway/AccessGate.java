package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.catalog.AggregateView;
import dev.gatehouse.gateway.catalog.Route;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.Decision;
import dev.gatehouse.policy.PolicyEngine;
import dev.gatehouse.policy.PolicyInput;
import dev.gatehouse.policy.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The single enforcement point of the pipeline. Every request that addresses an entry passes
 * {@link #inScope} (scoping: an agent reaches only its backends, and an out-of-scope entry
 * behaves exactly like an unknown one) and then {@link #enforce} (the policies), before any
 * backend is contacted. Lists show only the entries that pass both for the list's action;
 * the filtered lists are cached per principal, catalog snapshot and policy generation, so a
 * list costs one map lookup once computed. When computing a list withholds entries by policy,
 * the trail records a denial naming them (audited once per computed list, not per call).
 */
final class AccessGate {
    private static final int MAX_CACHED_LISTS = 4096;
    private static final int MAX_WITHHELD_REASONS = 50;

    private final Supplier<PolicyEngine> engine;
    private final Map<ListKey, List<ObjectNode>> lists = new ConcurrentHashMap<>();

    private record ListKey(Principal principal, long view, long policies, CatalogKind kind, String protocol) {
    }

    AccessGate(Supplier<PolicyEngine> engine) {
        this.engine = engine;
    }

    /** Scoping: whether the principal may address the route's backend at all. */
    static boolean inScope(Principal principal, Route route) {
        return principal.mayUse(route.backend());
    }

    /** The policies lists are filtered under now (cursors carry their generation). */
    PolicySet policies() {
        return engine.get().current();
    }

    /**
     * Decides one request on an in-scope entry and notes the decision in the trail (when given).
     *
     * @throws PolicyDeniedException when the policies deny it or cannot be evaluated
     */
    Decision enforce(AgentRequest request, AuditTrail trail, Route route, PolicyInput.Target target, JsonNode arguments) {
        PolicyInput input = new PolicyInput(request.method(), request.session().principal(),
                new PolicyInput.BackendRef(route.backend(), route.link().transport()), target, arguments,
                trail == null ? Instant.now() : trail.arrived(), request.session().version().wire());
        Decision decision = engine.get().decide(input).decision();
        if (trail != null) {
            trail.decided(decision);
        }
        if (!decision.allowed()) {
            throw new PolicyDeniedException(decision);
        }
        return decision;
    }

    /**
     * The entries of {@code kind} in {@code view} that {@code principal} may see: in scope
     * and allowed for the list's action (an input without arguments). Evaluation errors hide
     * the entry (fail closed).
     */
    List<ObjectNode> visible(Principal principal, AggregateView view, CatalogKind kind, String protocol,
                             PolicySet policies, AuditTrail trail) {
        List<ObjectNode> all = view.entries(kind);
        if (policies.policies().isEmpty() && principal.scopedBackends().isEmpty()) {
            return policies.settings().defaultAllow() ? all : List.of();
        }
        ListKey key = new ListKey(principal, view.generation(), policies.generation(), kind, protocol);
        List<ObjectNode> cached = lists.get(key);
        if (cached != null) {
            return cached;
        }
        List<ObjectNode> filtered = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (ObjectNode entry : all) {
            Optional<Decision> decision = target(view, kind, entry).filter(t -> inScope(principal, t.route()))
                    .map(t -> policies.evaluate(new PolicyInput(kind.listMethod(), principal,
                            new PolicyInput.BackendRef(t.route().backend(), t.route().link().transport()), t.target(),
                            null, Instant.now(), protocol).toValue()).decision());
            if (decision.isPresent() && decision.get().allowed()) {
                filtered.add(entry);
            } else if (decision.isPresent() && withheld.size() < MAX_WITHHELD_REASONS) {
                String label = entry.path(kind == CatalogKind.RESOURCES ? "uri"
                        : kind == CatalogKind.RESOURCE_TEMPLATES ? "uriTemplate" : "name").asText();
                decision.get().reasons().forEach(reason -> withheld.add(label + ": " + reason));
            }
        }
        if (!withheld.isEmpty() && trail != null) {
            // Recorded when the filtered list is computed: once per principal, snapshot and policy generation.
            trail.decided(new Decision.Deny(withheld, policies.policies().stream().map(p -> p.label()).toList()));
        }
        if (lists.size() >= MAX_CACHED_LISTS) {
            lists.clear();
        }
        List<ObjectNode> result = List.copyOf(filtered);
        lists.put(key, result);
        return result;
    }

    private record Addressed(Route route, PolicyInput.Target target) {
    }

    private static Optional<Addressed> target(AggregateView view, CatalogKind kind, ObjectNode entry) {
        return switch (kind) {
            case TOOLS -> {
                String name = entry.path("name").asText();
                yield view.tool(name).map(r -> new Addressed(r, new PolicyInput.Tool(r.original(), name, entry.get("annotations"))));
            }
            case PROMPTS -> {
                String name = entry.path("name").asText();
                yield view.prompt(name).map(r -> new Addressed(r, new PolicyInput.Prompt(r.original(), name)));
            }
            case RESOURCES -> {
                String uri = entry.path("uri").asText();
                yield view.resource(uri).map(r -> new Addressed(r, new PolicyInput.Resource(r.original(), uri)));
            }
            case RESOURCE_TEMPLATES -> {
                String template = entry.path("uriTemplate").asText();
                yield view.template(template).map(r -> new Addressed(r, new PolicyInput.Resource(r.original(), template)));
            }
        };
    }
}
