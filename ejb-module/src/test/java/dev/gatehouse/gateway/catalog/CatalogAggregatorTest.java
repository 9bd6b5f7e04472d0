package dev.gatehouse.gateway.catalog;

import static dev.gatehouse.gateway.FakeBackend.catalog;
import static dev.gatehouse.gateway.FakeBackend.prompt;
import static dev.gatehouse.gateway.FakeBackend.resource;
import static dev.gatehouse.gateway.FakeBackend.template;
import static dev.gatehouse.gateway.FakeBackend.tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.FakeBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogAggregatorTest {
    private final FakeBackend alpha = new FakeBackend("alpha", catalog(
            List.of(tool("echo"), tool("add")), List.of(resource("demo://one"), resource("demo://shared")),
            List.of(template("demo://item/{id}")), List.of(prompt("greet"))));
    private final FakeBackend beta = new FakeBackend("beta", catalog(
            List.of(tool("echo")), List.of(resource("demo://shared")),
            List.of(template("demo://item/{id}")), List.of(prompt("greet"))));

    private AggregateView aggregate(NamingMode mode, BackendLink... links) {
        return new CatalogAggregator(mode).aggregate(List.of(links), 1);
    }

    private static List<String> field(List<ObjectNode> entries, String field) {
        return entries.stream().map(e -> e.path(field).asText()).toList();
    }

    @Test
    void prefixesToolsAndPromptsWithTheirBackendInBackendOrder() {
        AggregateView view = aggregate(NamingMode.PREFIXED, beta, alpha);

        assertThat(field(view.entries(CatalogKind.TOOLS), "name"))
                .containsExactly("alpha__echo", "alpha__add", "beta__echo");
        assertThat(field(view.entries(CatalogKind.PROMPTS), "name")).containsExactly("alpha__greet", "beta__greet");
        assertThat(view.tool("beta__echo")).get().satisfies(r -> {
            assertThat(r.backend()).isEqualTo("beta");
            assertThat(r.original()).isEqualTo("echo");
        });
    }

    @Test
    void leavesTheBackendsOwnEntriesUntouched() {
        aggregate(NamingMode.PREFIXED, alpha, beta);

        assertThat(alpha.catalog().tools().getFirst().path("name").asText()).isEqualTo("echo");
        assertThat(beta.catalog().resources().getFirst().path("uri").asText()).isEqualTo("demo://shared");
    }

    @Test
    void keepsOtherFieldsOfAnEntry() {
        AggregateView view = aggregate(NamingMode.PREFIXED, alpha);

        ObjectNode exposed = view.entries(CatalogKind.TOOLS).getFirst();
        assertThat(exposed.path("description").asText()).isEqualTo("tool echo");
        assertThat(exposed.path("inputSchema").path("type").asText()).isEqualTo("object");
    }

    @Test
    void prefixFreeModeResolvesCollisionsForTheFirstBackendByName() {
        AggregateView view = aggregate(NamingMode.NONE, beta, alpha);

        assertThat(field(view.entries(CatalogKind.TOOLS), "name")).containsExactly("echo", "add");
        assertThat(view.tool("echo")).get().extracting(Route::backend).isEqualTo("alpha");
    }

    @Test
    void backendNamesContainingTheSeparatorCannotStealAnotherBackendsName() {
        FakeBackend a = new FakeBackend("a", catalog(List.of(tool("b__c")), List.of(), List.of(), List.of()));
        FakeBackend ab = new FakeBackend("a__b", catalog(List.of(tool("c")), List.of(), List.of(), List.of()));

        AggregateView view = aggregate(NamingMode.PREFIXED, ab, a);

        assertThat(field(view.entries(CatalogKind.TOOLS), "name")).containsExactly("a__b__c");
        assertThat(view.tool("a__b__c")).get().extracting(Route::backend).isEqualTo("a");
    }

    @Test
    void duplicateResourceUrisStayRoutableToEachBackend() {
        AggregateView view = aggregate(NamingMode.PREFIXED, alpha, beta);

        List<String> uris = field(view.entries(CatalogKind.RESOURCES), "uri");
        String betaShared = ResourceUris.namespaced("beta", "demo://shared");
        assertThat(uris).containsExactly("demo://one", "demo://shared", betaShared);
        assertThat(view.resource("demo://shared")).get().extracting(Route::backend).isEqualTo("alpha");
        assertThat(view.resource(betaShared)).get().satisfies(r -> {
            assertThat(r.backend()).isEqualTo("beta");
            assertThat(r.original()).isEqualTo("demo://shared");
        });
    }

    @Test
    void duplicateTemplatesAreNamespacedAndExpandedUrisRouteBack() {
        AggregateView view = aggregate(NamingMode.PREFIXED, alpha, beta);

        List<String> templates = field(view.entries(CatalogKind.RESOURCE_TEMPLATES), "uriTemplate");
        assertThat(templates).containsExactly("demo://item/{id}", "gatehouse://beta/demo%3A%2F%2Fitem%2F{id}");
        assertThat(view.template(templates.get(1))).get().extracting(Route::original).isEqualTo("demo://item/{id}");
        assertThat(view.resource("demo://item/9")).get().satisfies(r -> {
            assertThat(r.backend()).isEqualTo("alpha");
            assertThat(r.original()).isEqualTo("demo://item/9");
        });
        assertThat(view.resource("gatehouse://beta/demo%3A%2F%2Fitem%2F9")).get()
                .extracting(Route::original).isEqualTo("demo://item/9");
    }

    @Test
    void onlyReadyBackendsTakePart() {
        beta.state(BackendState.FAILED);

        AggregateView view = aggregate(NamingMode.PREFIXED, alpha, beta);

        assertThat(field(view.entries(CatalogKind.TOOLS), "name")).containsExactly("alpha__echo", "alpha__add");
        assertThat(view.backend("beta")).isEmpty();
        assertThat(view.resource(ResourceUris.namespaced("beta", "demo://shared"))).isEmpty();
    }

    @Test
    void instructionsSummariseTheBackends() {
        AggregateView view = aggregate(NamingMode.PREFIXED, alpha, beta);

        assertThat(view.instructions()).contains("2 MCP servers: alpha, beta", "<server>__<name>",
                "[alpha] Instructions of alpha");
    }
}
