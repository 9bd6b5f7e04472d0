package dev.gatehouse.gateway.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.CatalogKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One immutable snapshot of the aggregate: the entries agents see, per kind and in a stable
 * order, and the tables that route an exposed name or URI back to its backend. Built by
 * {@link CatalogAggregator}; replaced as a whole when a backend's catalog changes, so a
 * page of a list and the routes of a call always come from one consistent state.
 */
public final class AggregateView {
    /** A resource template of one backend, for routing URIs expanded from it. */
    record TemplateRoute(Pattern pattern, Route route) {
    }

    private final long generation;
    private final EnumMap<CatalogKind, List<ObjectNode>> entries;
    private final Map<String, Route> tools;
    private final Map<String, Route> prompts;
    private final Map<String, Route> resources;
    private final Map<String, Route> templates;
    private final List<TemplateRoute> templatePatterns;
    private final Map<String, BackendLink> backends;
    private final String instructions;

    AggregateView(long generation, EnumMap<CatalogKind, List<ObjectNode>> entries, Map<String, Route> tools,
                  Map<String, Route> prompts, Map<String, Route> resources, Map<String, Route> templates,
                  List<TemplateRoute> templatePatterns, Map<String, BackendLink> backends, String instructions) {
        this.generation = generation;
        this.entries = entries;
        this.tools = Map.copyOf(tools);
        this.prompts = Map.copyOf(prompts);
        this.resources = Map.copyOf(resources);
        this.templates = Map.copyOf(templates);
        this.templatePatterns = List.copyOf(templatePatterns);
        this.backends = backends;
        this.instructions = instructions;
    }

    /** An empty view: no backend is ready. */
    public static AggregateView empty(long generation) {
        EnumMap<CatalogKind, List<ObjectNode>> none = new EnumMap<>(CatalogKind.class);
        for (CatalogKind kind : CatalogKind.values()) {
            none.put(kind, List.of());
        }
        return new AggregateView(generation, none, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(),
                "Gatehouse aggregates MCP servers; none is ready at the moment.");
    }

    /** Increases with every rebuild; pagination cursors refer to it. */
    public long generation() {
        return generation;
    }

    /** What agents see for {@code kind}, names and URIs already exposed. Do not modify the nodes. */
    public List<ObjectNode> entries(CatalogKind kind) {
        return entries.get(kind);
    }

    public Optional<Route> tool(String exposedName) {
        return Optional.ofNullable(tools.get(exposedName));
    }

    public Optional<Route> prompt(String exposedName) {
        return Optional.ofNullable(prompts.get(exposedName));
    }

    /** The backend behind an exposed URI template (as {@code resources/templates/list} shows it). */
    public Optional<Route> template(String exposedTemplate) {
        Route route = templates.get(exposedTemplate);
        if (route != null) {
            return Optional.of(route);
        }
        return ResourceUris.parse(exposedTemplate).flatMap(n -> backend(n.backend()).map(l -> new Route(l, n.original())));
    }

    /**
     * The backend that serves {@code uri}, in this order: a namespaced URI names its backend;
     * a listed URI goes to the backend that listed it (the first by name when several did);
     * a URI expanded from a listed template goes to that template's backend. Empty when none
     * applies.
     */
    public Optional<Route> resource(String uri) {
        Optional<ResourceUris.Namespaced> namespaced = ResourceUris.parse(uri);
        if (namespaced.isPresent()) {
            return backend(namespaced.get().backend()).map(l -> new Route(l, namespaced.get().original()));
        }
        Route listed = resources.get(uri);
        if (listed != null) {
            return Optional.of(listed);
        }
        for (TemplateRoute template : templatePatterns) {
            if (template.pattern().matcher(uri).matches()) {
                return Optional.of(new Route(template.route().link(), uri));
            }
        }
        return Optional.empty();
    }

    /** The ready backends in this view, by name. */
    public Optional<BackendLink> backend(String name) {
        return Optional.ofNullable(backends.get(name));
    }

    /** The ready backends in this view, in name order. */
    public List<BackendLink> backends() {
        return List.copyOf(backends.values());
    }

    /** The {@code instructions} of {@code initialize}: what is behind this gateway. */
    public String instructions() {
        return instructions;
    }
}
