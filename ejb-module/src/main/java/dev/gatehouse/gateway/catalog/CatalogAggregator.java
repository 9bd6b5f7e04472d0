package dev.gatehouse.gateway.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.BackendStatus;
import dev.gatehouse.connector.CatalogKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds an {@link AggregateView} from the backends' catalogs: only {@code READY} backends
 * take part, in backend-name order, each backend's entries in the order it listed them.
 * Tools and prompts are named by the {@link NamingMode}; resource URIs pass through unless
 * another backend listed the same URI first ({@link ResourceUris}). Entry nodes are copied
 * only when a field is rewritten; the backends' own nodes are never modified.
 */
public final class CatalogAggregator {
    private static final Logger LOG = Logger.getLogger(CatalogAggregator.class.getName());
    private static final int MAX_INSTRUCTIONS_PER_BACKEND = 2_000;

    private final NamingMode naming;

    public CatalogAggregator(NamingMode naming) {
        this.naming = naming;
    }

    public NamingMode naming() {
        return naming;
    }

    public AggregateView aggregate(List<BackendLink> links, long generation) {
        Map<String, BackendLink> ready = new LinkedHashMap<>();
        links.stream().sorted(Comparator.comparing(BackendLink::name))
                .filter(link -> link.status().state() == BackendState.READY)
                .forEach(link -> ready.put(link.name(), link));
        EnumMap<CatalogKind, List<ObjectNode>> entries = new EnumMap<>(CatalogKind.class);
        Map<String, Route> tools = new HashMap<>();
        Map<String, Route> prompts = new HashMap<>();
        entries.put(CatalogKind.TOOLS, named(ready, CatalogKind.TOOLS, tools));
        entries.put(CatalogKind.PROMPTS, named(ready, CatalogKind.PROMPTS, prompts));
        Map<String, Route> resources = new HashMap<>();
        entries.put(CatalogKind.RESOURCES, addressed(ready, CatalogKind.RESOURCES, "uri", resources));
        Map<String, Route> templates = new HashMap<>();
        entries.put(CatalogKind.RESOURCE_TEMPLATES,
                addressed(ready, CatalogKind.RESOURCE_TEMPLATES, "uriTemplate", templates));
        List<AggregateView.TemplateRoute> patterns = new ArrayList<>();
        for (BackendLink link : ready.values()) {
            for (ObjectNode template : link.catalog().resourceTemplates()) {
                String uriTemplate = template.path("uriTemplate").asText("");
                if (!uriTemplate.isEmpty()) {
                    patterns.add(new AggregateView.TemplateRoute(ResourceUris.templatePattern(uriTemplate),
                            new Route(link, uriTemplate)));
                }
            }
        }
        return new AggregateView(generation, entries, tools, prompts, resources, templates, patterns, ready,
                instructions(ready, naming));
    }

    private List<ObjectNode> named(Map<String, BackendLink> ready, CatalogKind kind, Map<String, Route> routes) {
        List<ObjectNode> exposed = new ArrayList<>();
        for (BackendLink link : ready.values()) {
            for (ObjectNode entry : link.catalog().entries(kind)) {
                JsonNode nameNode = entry.get("name");
                if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isEmpty()) {
                    LOG.log(Level.FINE, "skipping an entry without a name in {0} of backend {1}",
                            new Object[]{kind.listMethod(), link.name()});
                    continue;
                }
                String name = nameNode.asText();
                String exposedName = naming.expose(link.name(), name);
                Route previous = routes.putIfAbsent(exposedName, new Route(link, name));
                if (previous != null) {
                    LOG.log(Level.WARNING, "{0} name ''{1}'' of backend {2} collides with backend {3}; {3} keeps it",
                            new Object[]{kind.listMethod(), exposedName, link.name(), previous.backend()});
                    continue;
                }
                exposed.add(exposedName.equals(name) ? entry : entry.deepCopy().put("name", exposedName));
            }
        }
        return List.copyOf(exposed);
    }

    private static List<ObjectNode> addressed(Map<String, BackendLink> ready, CatalogKind kind, String field,
                                              Map<String, Route> routes) {
        List<ObjectNode> exposed = new ArrayList<>();
        for (BackendLink link : ready.values()) {
            for (ObjectNode entry : link.catalog().entries(kind)) {
                String address = entry.path(field).asText("");
                if (address.isEmpty()) {
                    continue;
                }
                String exposedAddress = address;
                if (routes.containsKey(address)) {
                    exposedAddress = kind == CatalogKind.RESOURCE_TEMPLATES
                            ? ResourceUris.namespacedTemplate(link.name(), address)
                            : ResourceUris.namespaced(link.name(), address);
                    LOG.log(Level.FINE, "{0} of backend {1} is also listed by {2}; exposed as {3}",
                            new Object[]{address, link.name(), routes.get(address).backend(), exposedAddress});
                }
                if (routes.putIfAbsent(exposedAddress, new Route(link, address)) != null) {
                    continue;
                }
                exposed.add(exposedAddress.equals(address) ? entry : entry.deepCopy().put(field, exposedAddress));
            }
        }
        return List.copyOf(exposed);
    }

    /**
     * The {@code instructions} of {@code initialize} for these ready backends: their names and
     * their own instructions. The pipeline calls it with only a scoped agent's backends, so an
     * agent never learns of backends outside its scope.
     */
    public static String instructions(Map<String, BackendLink> ready, NamingMode naming) {
        if (ready.isEmpty()) {
            return "Gatehouse aggregates MCP servers; none is ready at the moment.";
        }
        StringBuilder text = new StringBuilder("Gatehouse aggregates ").append(ready.size())
                .append(ready.size() == 1 ? " MCP server" : " MCP servers").append(": ")
                .append(String.join(", ", ready.keySet())).append('.');
        if (naming == NamingMode.PREFIXED) {
            text.append(" Tool and prompt names are <server>").append(NamingMode.SEPARATOR).append("<name>.");
        }
        for (BackendLink link : ready.values()) {
            BackendStatus status = link.status();
            if (status.instructions() != null && !status.instructions().isBlank()) {
                String own = status.instructions().strip();
                if (own.length() > MAX_INSTRUCTIONS_PER_BACKEND) {
                    own = own.substring(0, MAX_INSTRUCTIONS_PER_BACKEND) + "…";
                }
                text.append("\n\n[").append(link.name()).append("] ").append(own);
            }
        }
        return text.toString();
    }
}
