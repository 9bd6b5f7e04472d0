package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegexGlobBuiltinsTest {

    @Test
    void splitFollowsGoRegexpSplit() throws Exception {
        assertThat(j("regex.split", "\"[a-z]+$\"", "\"foobar baz\"")).isEqualTo("[\"foobar \",\"\"]");
        assertThat(j("regex.split", "\"^[a-z ]+$\"", "\"foobar baz\"")).isEqualTo("[\"\",\"\"]");
        assertThat(j("regex.split", "\"a\"", "\"banana\"")).isEqualTo("[\"b\",\"n\",\"n\",\"\"]");
        assertThat(j("regex.split", "\"x\"", "\"\"")).isEqualTo("[\"\"]");
    }

    @Test
    void findAllSkipsEmptyMatchesAbuttingAPreviousMatch() throws Exception {
        assertThat(j("regex.find_n", "\"a*\"", "\"baaab\"", "-1")).isEqualTo("[\"\",\"aaa\",\"\"]");
        assertThat(j("regex.find_n", "\"a.\"", "\"paranormal\"", "2")).isEqualTo("[\"ar\",\"an\"]");
        assertThat(j("regex.find_all_string_submatch_n", "\"a(x*)b\"", "\"-ab-axb-\"", "-1"))
                .isEqualTo("[[\"ab\",\"\"],[\"axb\",\"x\"]]");
    }

    @Test
    void replaceExpandsTemplatesLikeGo() throws Exception {
        assertThat(j("regex.replace", "\"foo\"", "\"(foo)\"", "\"$1$1\"")).isEqualTo("\"foofoo\"");
        assertThat(j("regex.replace", "\"foo\"", "\"(foo)\"", "\"$1x\"")).isEqualTo("\"\"");
        assertThat(j("regex.replace", "\"foo\"", "\"(foo)\"", "\"${1}x$$\"")).isEqualTo("\"foox$\"");
    }

    @Test
    void invalidPatternsAreBuiltinErrorsWithGoWording() {
        assertThatThrownBy(() -> j("regex.match", "\"[\"", "\"x\""))
                .isInstanceOfSatisfying(BuiltinException.class, e -> assertThat(e.code()).isEqualTo("eval_builtin_error"))
                .hasMessageStartingWith("regex.match: error parsing regexp: missing closing ]");
    }

    @Test
    void templateMatchAndGlobsIntersection() throws Exception {
        assertThat(j("regex.template_match", "\"urn:foo:{.*}\"", "\"urn:foo:bar:baz\"", "\"{\"", "\"}\""))
                .isEqualTo("true");
        assertThat(j("regex.globs_match", "\"a.a.[0-9]+z\"", "\".b.b2359825792*594823z\"")).isEqualTo("true");
        assertThat(j("regex.globs_match", "\"[a-c]+\"", "\"[x-z]\"")).isEqualTo("false");
        assertThatThrownBy(() -> j("regex.globs_match", "\"pqrs]\"", "\"[a-b]+\""))
                .hasMessageContaining("input:pqrs], pos:5, set-close ']' with no preceding '['");
    }

    @Test
    void globDelimitersDefaultToDotAndNullMeansNone() throws Exception {
        assertThat(j("glob.match", "\"*\"", "[]", "\"foo.bar\"")).isEqualTo("false");
        assertThat(j("glob.match", "\"*\"", "null", "\"foo.bar\"")).isEqualTo("true");
        assertThat(j("glob.match", "\"api.**.com\"", "[\".\"]", "\"api.cdn.github.com\"")).isEqualTo("true");
        assertThat(j("glob.match", "\"{cat,bat,[fr]at}\"", "[]", "\"rat\"")).isEqualTo("true");
        assertThat(j("glob.match", "\"[!a-c]at\"", "[]", "\"bat\"")).isEqualTo("false");
        assertThat(j("glob.match", "\"?at\"", "[\"f\"]", "\"fat\"")).isEqualTo("false");
        assertThat(j("glob.quote_meta", "\"*.github.com\"")).isEqualTo("\"\\\\*.github.com\"");
    }
}
