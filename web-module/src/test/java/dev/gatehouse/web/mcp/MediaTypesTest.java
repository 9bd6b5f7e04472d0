package dev.gatehouse.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {
    @Test
    void acceptsListedTypesAndWildcards() {
        String both = "application/json, text/event-stream";
        assertThat(MediaTypes.accepts(both, MediaTypes.JSON)).isTrue();
        assertThat(MediaTypes.accepts(both, MediaTypes.EVENT_STREAM)).isTrue();
        assertThat(MediaTypes.accepts("*/*", MediaTypes.EVENT_STREAM)).isTrue();
        assertThat(MediaTypes.accepts("text/*;q=0.5", MediaTypes.EVENT_STREAM)).isTrue();
    }

    @Test
    void refusesMissingOrExcludedTypes() {
        assertThat(MediaTypes.accepts(null, MediaTypes.JSON)).isFalse();
        assertThat(MediaTypes.accepts("application/json", MediaTypes.EVENT_STREAM)).isFalse();
        assertThat(MediaTypes.accepts("text/event-stream;q=0, application/json", MediaTypes.EVENT_STREAM)).isFalse();
    }

    @Test
    void recognisesJsonContentTypeWithParameters() {
        assertThat(MediaTypes.isJson("application/json; charset=utf-8")).isTrue();
        assertThat(MediaTypes.isJson("Application/JSON")).isTrue();
        assertThat(MediaTypes.isJson("text/plain")).isFalse();
        assertThat(MediaTypes.isJson(null)).isFalse();
    }
}
