package dev.gatehouse.console.backends;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendStatus;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One backend: its definition, live status (server info, negotiated protocol, capabilities)
 * and catalog in tabs; reads a resource through the backend link ({@code resources/read}).
 */
@Named
@ViewScoped
public class BackendPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long READ_TIMEOUT_SECONDS = 30;

    @Inject
    ConsoleBackends backends;

    private String name;
    private BackendRow row;
    private List<String> environment = List.of();
    private String serverName = "";
    private String serverVersion = "";
    private String protocolVersion = "";
    private String instructions = "";
    private List<String> capabilities = List.of();
    private String capabilitiesJson = "";
    private List<CatalogViews.Tool> tools = List.of();
    private List<CatalogViews.Resource> resources = List.of();
    private List<CatalogViews.Template> templates = List.of();
    private List<CatalogViews.Prompt> prompts = List.of();
    private ResourceContent reading;

    /** Loads the backend named in the URL; an unknown name leaves the page showing "not found". */
    public void load() {
        backends.spec(name).ifPresent(this::show);
    }

    private void show(BackendSpec spec) {
        row = backends.row(spec);
        if (spec.transport() instanceof StdioTransportSpec stdio) {
            environment = stdio.env().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).toList();
        }
        backends.link(spec.name()).ifPresent(link -> {
            BackendStatus status = link.status();
            JsonNode info = status.serverInfo();
            if (info != null) {
                serverName = info.path("title").asText(info.path("name").asText(""));
                serverVersion = info.path("version").asText("");
            }
            protocolVersion = status.protocolVersion() == null ? "" : status.protocolVersion();
            instructions = status.instructions() == null ? "" : status.instructions();
            if (status.capabilities() != null) {
                List<String> names = new ArrayList<>();
                status.capabilities().fieldNames().forEachRemaining(names::add);
                capabilities = names;
                capabilitiesJson = CallOutcome.pretty(status.capabilities());
            }
            Catalog catalog = link.catalog();
            tools = catalog.tools().stream().map(CatalogViews::tool).toList();
            resources = catalog.resources().stream().map(CatalogViews::resource).toList();
            templates = catalog.resourceTemplates().stream().map(CatalogViews::template).toList();
            prompts = catalog.prompts().stream().map(CatalogViews::prompt).toList();
        });
    }

    /** Reads one resource through the backend link and keeps what came back for the page. */
    public void read(String uri) {
        reading = null;
        try {
            BackendLink link = backends.link(name).orElseThrow(
                    () -> new McpException(JsonRpcError.BACKEND_UNAVAILABLE, "backend '" + name + "' is not connected"));
            var future = link.call("resources/read", McpJson.object().put("uri", uri), RelayChannel.none());
            try {
                reading = ResourceContent.of(uri, future.get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new McpException(JsonRpcError.BACKEND_TIMEOUT, "the backend did not answer within "
                        + READ_TIMEOUT_SECONDS + " s");
            }
        } catch (ExecutionException | RuntimeException e) {
            ConsoleMessages.failure(null, "Reading " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ConsoleMessages.failure(null, "Reading " + uri, e);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BackendRow getRow() {
        return row;
    }

    public List<String> getEnvironment() {
        return environment;
    }

    public String getServerName() {
        return serverName;
    }

    public String getServerVersion() {
        return serverVersion;
    }

    public String getProtocolVersion() {
        return protocolVersion;
    }

    public String getInstructions() {
        return instructions;
    }

    public List<String> getCapabilities() {
        return capabilities;
    }

    public String getCapabilitiesJson() {
        return capabilitiesJson;
    }

    public List<CatalogViews.Tool> getTools() {
        return tools;
    }

    public List<CatalogViews.Resource> getResources() {
        return resources;
    }

    public List<CatalogViews.Template> getTemplates() {
        return templates;
    }

    public List<CatalogViews.Prompt> getPrompts() {
        return prompts;
    }

    public ResourceContent getReading() {
        return reading;
    }
}
