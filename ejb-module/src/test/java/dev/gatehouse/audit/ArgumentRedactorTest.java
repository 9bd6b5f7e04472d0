package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ArgumentRedactorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private final ArgumentRedactor redactor = new ArgumentRedactor(2048);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void masksValuesOfSecretLookingKeysCaseInsensitivelyBySubstring() throws Exception {
        String preview = redactor.preview(json("""
                {"message":"hi","password":"hunter2","DB_Passwd":"x1","clientSecret":"s","X-Api-Key":"k",
                 "apikey":"k2","Authorization":"Basic abc","sessionCookie":"c","private_key":"pk",
                 "awsCredentials":{"id":"a"},"refresh_token":12345,"JSESSIONID":"j"}"""));

        JsonNode node = json(preview);
        assertThat(node.path("message").asText()).isEqualTo("hi");
        for (String key : new String[] {"password", "DB_Passwd", "clientSecret", "X-Api-Key", "apikey",
                "Authorization", "sessionCookie", "private_key", "awsCredentials", "refresh_token", "JSESSIONID"}) {
            assertThat(node.path(key).asText()).as(key).isEqualTo(ArgumentRedactor.MASK);
        }
        assertThat(preview).doesNotContain("hunter2", "x1", "abc", "12345");
    }

    @Test
    void masksSecretsAtAnyDepthInObjectsAndArrays() throws Exception {
        String preview = redactor.preview(json("""
                {"outer":{"list":[{"token":"t0p"},{"name":"ok","nested":{"passphrase":"open sesame"}}]}}"""));

        assertThat(preview).doesNotContain("t0p", "open sesame").contains("\"name\":\"ok\"");
        assertThat(json(preview).at("/outer/list/0/token").asText()).isEqualTo(ArgumentRedactor.MASK);
    }

    @Test
    void masksSecretLookingValuesUnderInnocentKeys() throws Exception {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----";
        String preview = redactor.preview(JSON.createObjectNode()
                .put("jwt_like", JWT)
                .put("header", "Bearer abcdefghijklmnop1234")
                .put("key", pem)
                .put("aws", "AKIAIOSFODNN7EXAMPLE")
                .put("gh", "ghp_abcdefghijklmnopqrstuvwxyz0123456789")
                .put("random", "q8Zr3LmN0vXy7TbK2wEe9RuIoP4aSdFgH6jK")
                .put("hex", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

        assertThat(preview).doesNotContain(JWT, "abcdefghijklmnop1234", "MIIEowIBAAKCAQEA7", "AKIAIOSFODNN7EXAMPLE",
                "ghp_abcdef", "q8Zr3LmN0vXy7TbK2wEe9RuIoP4aSdFgH6jK", "9f86d081884c7d65");
        JsonNode node = json(preview);
        node.properties().forEach(field -> assertThat(field.getValue().asText()).as(field.getKey())
                .contains(ArgumentRedactor.MASK));
    }

    @Test
    void masksOnlyTheSecretPartOfALongerText() {
        assertThat(ArgumentRedactor.maskText("call with Bearer abcdefghijklmnop1234 please"))
                .isEqualTo("call with [redacted] please");
    }

    @Test
    void matchesCredentialSchemesInAnyCaseAndSeveralSecretsInOneText() {
        assertThat(ArgumentRedactor.maskText("BEARER abcdefghijklmnop1234 and basic dXNlcjpwYXNzd29yZA== and AKIAIOSFODNN7EXAMPLE"))
                .isEqualTo("[redacted] and [redacted] and [redacted]");
    }

    @Test
    void keepsOrdinaryValuesUuidsPathsAndWords() throws Exception {
        String args = """
                {"message":"hello world","id":"123e4567-e89b-12d3-a456-426614174000",
                 "path":"/usr/local/lib/node_modules/package/index.js","word":"internationalization",
                 "count":42,"flag":true,"none":null,"sha_short":"a1b2c3d"}""";

        assertThat(json(redactor.preview(json(args)))).isEqualTo(json(args));
    }

    @Test
    void truncatesToTheCapWithAMarker() throws Exception {
        ArgumentRedactor small = new ArgumentRedactor(100);
        String preview = small.preview(JSON.createObjectNode().put("message", "x".repeat(500)));

        assertThat(preview).hasSizeLessThanOrEqualTo(100).startsWith("{\"message\":\"xxx")
                .endsWith("…[truncated, 514 chars]");
    }

    @Test
    void leavesShortPreviewsWhole() throws Exception {
        assertThat(new ArgumentRedactor(100).preview(json("{\"a\":1}"))).isEqualTo("{\"a\":1}");
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String text = "😀".repeat(100);
        for (int max = 30; max < 60; max++) {
            String cut = ArgumentRedactor.truncate(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            String kept = cut.substring(0, cut.indexOf('…'));
            assertThat(kept.length() % 2).as("max " + max).isZero();
            assertThat(kept.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
        }
    }

    @Test
    void clampsTheCapToTheStoredColumn() {
        assertThat(new ArgumentRedactor(1).maxChars()).isEqualTo(ArgumentRedactor.MIN_CAP);
        assertThat(new ArgumentRedactor(1_000_000).maxChars()).isEqualTo(ArgumentRedactor.MAX_CAP);
    }

    @Test
    void givesNoPreviewForNoArguments() {
        assertThat(redactor.preview(null)).isNull();
        assertThat(redactor.preview(com.fasterxml.jackson.databind.node.MissingNode.getInstance())).isNull();
    }

    @Test
    void redactionDoesNotChangeTheInput() throws Exception {
        JsonNode input = json("{\"password\":\"p\",\"m\":\"Bearer abcdefghijklmnop1234\"}");
        redactor.redact(input);
        assertThat(input.path("password").asText()).isEqualTo("p");
        assertThat(input.path("m").asText()).isEqualTo("Bearer abcdefghijklmnop1234");
    }

    @Test
    void stopsAtAnAbsurdDepth() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(redactor.preview(json(deep))).contains("[too deep]");
    }
}
