package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JwtBuiltinsTest {
    private static final String KEY = "{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcg"
            + "UuTwjAzZr1Z9CAow\"}";

    @Test
    void encodeSignMatchesRfc7515AppendixA1() throws Exception {
        String token = j("io.jwt.encode_sign", "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                "{\"aud\":[\"bob\",\"saul\"],\"exp\":1300819380,\"http://example.com/is_root\":true,\"iss\":\"joe\","
                        + "\"privateParams\":{\"private_one\":\"one\",\"private_two\":\"two\"}}", KEY);
        assertThat(token).endsWith(".-Or2eol8bzly-Ztb0v7_7UkcKBkN_aNNpK33HK0MeOY\"");
    }

    @Test
    void decodeVerifyChecksSignatureTimeAndClaims() throws Exception {
        String token = j("io.jwt.encode_sign", "{\"alg\":\"HS256\"}", "{\"iss\":\"xxx\",\"nbf\":1000.5,\"exp\":2000}",
                "{\"kty\":\"oct\",\"k\":\"NDI\"}");
        assertThat(j("io.jwt.decode_verify", token, "{\"secret\":\"42\",\"time\":1000500000000}"))
                .isEqualTo("[true,{\"alg\":\"HS256\"},{\"exp\":2000,\"iss\":\"xxx\",\"nbf\":1000.5}]");
        assertThat(j("io.jwt.decode_verify", token, "{\"secret\":\"42\",\"time\":1000499999999}"))
                .isEqualTo("[false,{},{}]");
        assertThat(j("io.jwt.decode_verify", token, "{\"secret\":\"42\",\"time\":2000000000000}"))
                .isEqualTo("[false,{},{}]");
        assertThat(j("io.jwt.decode_verify", token, "{\"secret\":\"41\",\"time\":1500000000000}"))
                .isEqualTo("[false,{},{}]");
        assertThat(j("io.jwt.decode_verify", token, "{\"secret\":\"42\",\"time\":1500000000000,\"aud\":\"x\"}"))
                .isEqualTo("[false,{},{}]");
        assertThat(j("io.jwt.verify_hs256", token, "\"42\"")).isEqualTo("true");
    }

    @Test
    void decodeReportsOpaErrors() {
        assertThatThrownBy(() -> j("io.jwt.decode", "\"a.b\""))
                .hasMessage("io.jwt.decode: encoded JWT must have 3 sections, found 2");
        assertThatThrownBy(() -> j("io.jwt.encode_sign_raw", "\"{}\"", "\"{}\"", "\"" + KEY.replace("\"", "\\\"") + "\""))
                .hasMessage("io.jwt.encode_sign_raw: missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
        assertThatThrownBy(() -> j("io.jwt.verify_rs256", "\"a.b.c\"", "\"-----BEGIN CERT-----\\nAA==\\n-----END CERT-----\""))
                .hasMessage("io.jwt.verify_rs256: failed to extract a Key from the PEM certificate");
    }
}
