package dev.gatehouse.rego.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class X509BuiltinsTest {

    private static String chain() throws Exception {
        try (InputStream in = X509BuiltinsTest.class.getResourceAsStream("spiffe-chain.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesCertificatesAsGoStructs() throws Exception {
        ArrayValue certs = (ArrayValue) Call.call("crypto.x509.parse_certificates", Value.of(chain()));
        ObjectValue root = (ObjectValue) certs.get(0);
        assertThat(((ObjectValue) root.get("Subject")).get("Organization").toString()).isEqualTo("[\"Example\"]");
        assertThat(root.get("IsCA")).isEqualTo(Value.of(true));
        assertThat(((ObjectValue) certs.get(1)).get("URIStrings").toString()).isEqualTo("[\"spiffe://example.com/opa\"]");
        String b64 = Base64.getEncoder().encodeToString(chain().getBytes(StandardCharsets.UTF_8));
        assertThat(Call.call("crypto.x509.parse_certificates", Value.of(b64))).isEqualTo(certs);
    }

    @Test
    void verifiesChainsGivenRootFirst() throws Exception {
        ArrayValue r = (ArrayValue) Call.call("crypto.x509.parse_and_verify_certificates", Value.of(chain()));
        assertThat(r.get(0)).isEqualTo(Value.of(true));
        assertThat(((ObjectValue) ((ArrayValue) r.get(1)).get(0)).get("URIStrings").toString())
                .isEqualTo("[\"spiffe://example.com/opa\"]");
    }

    @Test
    void rejectsMalformedInputWithGoMessages() {
        assertThatThrownBy(() -> Call.call("crypto.x509.parse_certificates", Value.of("YmFkc3RyaW5n")))
                .hasMessage("crypto.x509.parse_certificates: x509: malformed certificate");
        assertThatThrownBy(() -> Call.call("crypto.x509.parse_certificates", Value.of("foobar")))
                .hasMessageContaining("illegal base64 data at input byte");
        assertThatThrownBy(() -> Call.call("crypto.x509.parse_certificate_request", Value.of("YmFkc3RyaW5n")))
                .hasMessageContaining("asn1: structure error");
    }

    @Test
    void privateKeysBecomeJwks() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        var kp = g.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        ArrayValue keys = (ArrayValue) Call.call("crypto.parse_private_keys", Value.of(pem));
        ObjectValue jwk = (ObjectValue) keys.get(0);
        assertThat(jwk.get("e")).isEqualTo(Value.of("AQAB"));
        BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(Values.toJson(jwk.get("n")).replace("\"", "")));
        assertThat(n).isEqualTo(((RSAPublicKey) kp.getPublic()).getModulus());
        assertThat(Call.call("crypto.parse_private_keys", Value.of("nope"))).isEqualTo(ArrayValue.EMPTY);
        assertThat(Call.call("crypto.parse_private_keys", Value.of(""))).isEqualTo(Value.nullValue());
    }
}
