package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What one backend exposes, complete (all pages fetched), each entry exactly as the backend
 * sent it. Immutable lists; the JSON entries must not be modified by readers.
 */
public record Catalog(List<ObjectNode> tools, List<ObjectNode> resources,
                      List<ObjectNode> resourceTemplates, List<ObjectNode> prompts) {
    public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of(), List.of());

    public Catalog {
        tools = List.copyOf(tools);
        resources = List.copyOf(resources);
        resourceTemplates = List.copyOf(resourceTemplates);
        prompts = List.copyOf(prompts);
    }

    public List<ObjectNode> entries(CatalogKind kind) {
        return switch (kind) {
            case TOOLS -> tools;
            case RESOURCES -> resources;
            case RESOURCE_TEMPLATES -> resourceTemplates;
            case PROMPTS -> prompts;
        };
    }
}
