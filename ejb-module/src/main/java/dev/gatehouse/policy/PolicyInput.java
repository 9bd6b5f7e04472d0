package dev.gatehouse.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The facts of one request as policies see them — DESIGN §3's input document. Enforcement and
 * simulation both build it here, so a simulated call and an enforced one present the same
 * document. Absent facts are left out of the document (Rego sees them as undefined), never
 * set to {@code null}.
 *
 * @param action    the MCP method ({@code tools/call}, {@code tools/list}, {@code resources/read}, ...)
 * @param principal who calls
 * @param backend   the backend addressed
 * @param target    the tool, resource or prompt addressed
 * @param arguments the call's arguments ({@code {}} for lists and reads)
 * @param time      when the request arrived
 * @param protocol  the agent's protocol revision, or {@code null}
 */
public record PolicyInput(String action, Principal principal, BackendRef backend, Target target, JsonNode arguments,
                          Instant time, String protocol) {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public PolicyInput {
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(principal, "principal is required");
        Objects.requireNonNull(backend, "backend is required");
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(time, "time is required");
        arguments = arguments == null || arguments.isNull() ? JSON.objectNode() : arguments;
    }

    /** The backend a request addresses. */
    public record BackendRef(String name, String transport) {
        public BackendRef {
            Objects.requireNonNull(name, "backend name is required");
        }
    }

    /** What a request addresses within its backend. */
    public sealed interface Target {
    }

    /**
     * A tool: {@code input.tool}.
     *
     * @param name        the backend's own name
     * @param qualified   the name agents see
     * @param annotations the catalog entry's annotations ({@code {}} when none)
     */
    public record Tool(String name, String qualified, JsonNode annotations) implements Target {
        public Tool {
            Objects.requireNonNull(name, "tool name is required");
            annotations = annotations == null || !annotations.isObject() ? JSON.objectNode() : annotations;
        }
    }

    /** A resource or resource template: {@code input.resource}; {@code uri} is the backend's own, {@code qualified} the agent's. */
    public record Resource(String uri, String qualified) implements Target {
        public Resource {
            Objects.requireNonNull(uri, "resource uri is required");
        }
    }

    /** A prompt: {@code input.prompt}. */
    public record Prompt(String name, String qualified) implements Target {
        public Prompt {
            Objects.requireNonNull(name, "prompt name is required");
        }
    }

    /** The input document as JSON. */
    public ObjectNode toJson() {
        ObjectNode doc = JSON.objectNode();
        doc.put("action", action);
        ObjectNode who = doc.putObject("principal");
        who.put("kind", principal.kind().wire());
        putIfPresent(who, "agent", principal.agent());
        putIfPresent(who, "user", principal.user());
        sorted(who.putArray("scopes"), principal.scopes());
        sorted(who.putArray("groups"), principal.groups());
        who.set("claims", principal.claims());
        ObjectNode b = doc.putObject("backend");
        b.put("name", backend.name());
        putIfPresent(b, "transport", backend.transport());
        switch (target) {
            case Tool t -> {
                ObjectNode tool = doc.putObject("tool");
                tool.put("name", t.name());
                putIfPresent(tool, "qualified", t.qualified());
                tool.set("annotations", t.annotations());
            }
            case Resource r -> {
                ObjectNode resource = doc.putObject("resource");
                resource.put("uri", r.uri());
                putIfPresent(resource, "qualified", r.qualified());
            }
            case Prompt p -> {
                ObjectNode prompt = doc.putObject("prompt");
                prompt.put("name", p.name());
                putIfPresent(prompt, "qualified", p.qualified());
            }
        }
        doc.set("arguments", arguments);
        ObjectNode request = doc.putObject("request");
        request.put("time", time.truncatedTo(ChronoUnit.MILLIS).toString());
        putIfPresent(request, "protocol", protocol);
        return doc;
    }

    /** The input document as a Rego value: converted once per request and shared by all policies. */
    public Value toValue() {
        return Values.fromJackson(toJson());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void sorted(ArrayNode array, java.util.Set<String> values) {
        new TreeSet<>(values).forEach(array::add);
    }
}
