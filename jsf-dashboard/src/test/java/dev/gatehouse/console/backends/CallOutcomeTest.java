package dev.gatehouse.console.backends;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallOutcomeTest {
    @Test
    void showsTextImagesAndStructuredContent() throws Exception {
        var result = ArgumentForm.JSON.readTree("""
                {"content":[{"type":"text","text":"Echo: hi"},
                            {"type":"image","mimeType":"image/png","data":"iVBORw0KGgo="},
                            {"type":"resource","resource":{"uri":"demo://a","mimeType":"text/plain","text":"inside"}}],
                 "structuredContent":{"sum":3}}""");

        CallOutcome outcome = CallOutcome.of(result, 42);

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.durationMs()).isEqualTo(42);
        assertThat(outcome.blocks()).extracting(CallOutcome.Block::kind).containsExactly("text", "image", "resource");
        assertThat(outcome.blocks().get(0).text()).isEqualTo("Echo: hi");
        assertThat(outcome.blocks().get(1).image()).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
        assertThat(outcome.blocks().get(2).label()).isEqualTo("demo://a (text/plain)");
        assertThat(outcome.structured()).contains("\"sum\" : 3");
        assertThat(outcome.raw()).contains("Echo: hi");
    }

    @Test
    void flagsToolErrorsAndNeverTurnsAnUnsafeImageTypeIntoADataUri() throws Exception {
        var result = ArgumentForm.JSON.readTree("""
                {"isError":true,"content":[{"type":"image","mimeType":"text/html","data":"PGI+"}]}""");

        CallOutcome outcome = CallOutcome.of(result, 1);

        assertThat(outcome.error()).isTrue();
        assertThat(outcome.blocks().getFirst().kind()).isEqualTo("other");
        assertThat(outcome.blocks().getFirst().image()).isEmpty();
        assertThat(outcome.structured()).isEmpty();
    }

    @Test
    void aReadResourceShowsTextOrTheBlobsSize() throws Exception {
        var result = ArgumentForm.JSON.readTree("""
                {"contents":[{"uri":"demo://t","mimeType":"text/plain","text":"hello"},
                             {"uri":"demo://b","mimeType":"application/octet-stream","blob":"AAECAwQ="}]}""");

        ResourceContent content = ResourceContent.of("demo://t", result);

        assertThat(content.contents().get(0).blob()).isFalse();
        assertThat(content.contents().get(0).text()).isEqualTo("hello");
        assertThat(content.contents().get(1).blob()).isTrue();
        assertThat(content.contents().get(1).size()).isEqualTo(5);
    }
}
