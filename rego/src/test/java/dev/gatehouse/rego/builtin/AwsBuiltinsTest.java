package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AwsBuiltinsTest {
    private static final String CONFIG = "{\"aws_access_key\":\"MYAWSACCESSKEYGOESHERE\",\"aws_secret_access_key\":"
            + "\"MYAWSSECRETACCESSKEYGOESHERE\",\"aws_service\":\"s3\",\"aws_region\":\"us-east-1\"}";

    @Test
    void signsLikeOpasSigV4Provider() throws Exception {
        String signed = j("providers.aws.sign_req", "{\"method\":\"get\",\"url\":\"http://example.com\"}", CONFIG,
                "1451311705000000000");
        assertThat(signed).contains("Signature=0047a7016c81e5c7f29cd522f97e911e04fc472fced0aee7916cbc287ad6c8e3")
                .contains("\"x-amz-date\":\"20151228T140825Z\"");
    }

    @Test
    void reportsMissingAndInvalidParameters() {
        assertThatThrownBy(() -> j("providers.aws.sign_req", "{}", CONFIG, "0")).hasMessage(
                "providers.aws.sign_req: operand 1 missing required request parameters(s): {\"method\", \"url\"}");
        assertThatThrownBy(() -> j("providers.aws.sign_req", "{\"method\":\"get\",\"url\":\"http://x\"}", "{}", "0"))
                .hasMessageContaining("operand 2 missing required AWS config parameters(s)");
        assertThatThrownBy(() -> j("providers.aws.sign_req", "{\"method\":\"get\",\"url\":\"http://x\"}", CONFIG, "-1e9"))
                .hasMessageContaining("operand 3 could not convert time_ns value into a unix timestamp");
    }
}
