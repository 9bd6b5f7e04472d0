package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The provisioned server came up with every module: health, OpenAPI and the console answer. */
class ServerStartedIT {

    @Test
    void reportsReadyOnTheHealthEndpoint() throws Exception {
        HttpResponse<String> response = Gatehouse.get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> response = Gatehouse.get("/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi:");
    }

    @Test
    void servesTheConsoleAtItsContextRootBehindTheSignInPage() throws Exception {
        HttpResponse<String> response = Gatehouse.get("/console/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().contains("/console/signin.xhtml");

        HttpResponse<String> signIn = Gatehouse.get("/console/signin.xhtml");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.body()).contains("<title>Sign in · Gatehouse</title>");
    }
}
