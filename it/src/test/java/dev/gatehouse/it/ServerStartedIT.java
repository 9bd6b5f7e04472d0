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
    void servesTheConsoleAtItsContextRoot() throws Exception {
        HttpResponse<String> response = Gatehouse.get("/console/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Gatehouse console</title>");
    }
}
