package dev.gatehouse.console.backends;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogViewsTest {
    @Test
    void aToolShowsItsSetHintsAndItsArgumentsAsATable() throws Exception {
        ObjectNode entry = (ObjectNode) ArgumentForm.JSON.readTree("""
                {"name":"delete-file","description":"Deletes a file",
                 "annotations":{"title":"Delete file","readOnlyHint":false,"destructiveHint":true,"openWorldHint":false},
                 "inputSchema":{"type":"object","required":["path"],"properties":{"path":{"type":"string"}}}}""");

        CatalogViews.Tool tool = CatalogViews.tool(entry);

        assertThat(tool.title()).isEqualTo("Delete file");
        assertThat(tool.annotations()).containsExactly("destructive", "closed world");
        assertThat(tool.properties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("path");
            assertThat(p.required()).isTrue();
        });
        assertThat(tool.schema()).contains("\"required\"");
    }

    @Test
    void aPromptListsItsArguments() throws Exception {
        ObjectNode entry = (ObjectNode) ArgumentForm.JSON.readTree("""
                {"name":"greet","arguments":[{"name":"who","required":true},{"name":"style","description":"tone"}]}""");

        CatalogViews.Prompt prompt = CatalogViews.prompt(entry);

        assertThat(prompt.arguments()).extracting(CatalogViews.PromptArgument::name).containsExactly("who", "style");
        assertThat(prompt.arguments()).extracting(CatalogViews.PromptArgument::required).containsExactly(true, false);
        assertThat(prompt.description()).isEmpty();
    }

    @Test
    void aRowWithoutALinkIsPendingOrDisabledAndAgesReadForPeople() {
        BackendSpec spec = new BackendSpec("tools", true, new StdioTransportSpec("node", List.of("a.js"), Map.of()), null, 1);
        Instant now = Instant.parse("2026-01-01T12:00:00Z");

        BackendRow row = BackendRow.of(spec, Optional.empty(), now);

        assertThat(row.state()).isEqualTo("pending");
        assertThat(row.stateLabel()).isEqualTo("Pending");
        assertThat(row.target()).isEqualTo("node a.js");
        assertThat(row.serving()).isFalse();
        assertThat(BackendRow.ago(now.minusSeconds(12), now)).isEqualTo("12 s ago");
        assertThat(BackendRow.ago(now.minusSeconds(185), now)).isEqualTo("3 min ago");
        assertThat(BackendRow.ago(now.minusSeconds(7300), now)).isEqualTo("2 h ago");
        assertThat(BackendRow.ago(now.minusSeconds(200_000), now)).isEqualTo("2025-12-30 04:26:40 UTC");
    }
}
