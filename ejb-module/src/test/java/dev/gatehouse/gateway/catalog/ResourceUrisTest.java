package dev.gatehouse.gateway.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceUrisTest {
    @Test
    void namespacedUriRoundTripsToBackendAndOriginal() {
        String original = "file:///home/ana/notes ü.txt?rev=2#top";
        String namespaced = ResourceUris.namespaced("files-2", original);

        assertThat(namespaced).startsWith("gatehouse://files-2/").doesNotContain(" ", "?", "#", "ü");
        assertThat(ResourceUris.parse(namespaced)).contains(new ResourceUris.Namespaced("files-2", original));
    }

    @Test
    void ordinaryUrisAreNotNamespaced() {
        assertThat(ResourceUris.parse("demo://resource/1")).isEmpty();
        assertThat(ResourceUris.parse("gatehouse://no slash")).isEmpty();
    }

    @Test
    void malformedPercentEncodingIsNotAccepted() {
        assertThat(ResourceUris.parse("gatehouse://b/abc%2")).isEmpty();
        assertThat(ResourceUris.parse("gatehouse://b/abc%zz")).isEmpty();
    }

    @Test
    void backendPartMustBeABackendName() {
        assertThat(ResourceUris.parse("gatehouse://a.b/x")).isEmpty();
    }

    @Test
    void namespacedTemplateExpandsToANamespacedUriOfTheExpandedOriginal() {
        String template = ResourceUris.namespacedTemplate("b", "demo://resource/{id}");
        assertThat(template).isEqualTo("gatehouse://b/demo%3A%2F%2Fresource%2F{id}");

        String expanded = template.replace("{id}", "42");
        assertThat(ResourceUris.parse(expanded)).contains(new ResourceUris.Namespaced("b", "demo://resource/42"));
    }

    @Test
    void templatePatternMatchesExpansions() {
        var simple = ResourceUris.templatePattern("demo://resource/dynamic/{id}");
        assertThat(simple.matcher("demo://resource/dynamic/7").matches()).isTrue();
        assertThat(simple.matcher("demo://resource/dynamic/7/more").matches()).isFalse();
        assertThat(simple.matcher("demo://other/7").matches()).isFalse();

        var reserved = ResourceUris.templatePattern("file://{+path}");
        assertThat(reserved.matcher("file:///a/b/c.txt").matches()).isTrue();

        var query = ResourceUris.templatePattern("search://items{?q,limit}");
        assertThat(query.matcher("search://items?q=x&limit=3").matches()).isTrue();
        assertThat(query.matcher("search://items").matches()).isTrue();
    }
}
