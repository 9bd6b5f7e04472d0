package dev.gatehouse.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The admin API needs the administrator's Basic credentials; health and OpenAPI stay open. */
class AdminCredentialIT {

    static HttpResponse<String> getWith(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Gatehouse.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutCredentialsTheAdminApiIs401WithABasicChallenge() throws Exception {
        HttpResponse<String> response = getWith("/api/v1/backends", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                c -> assertThat(c).startsWith("Basic realm=\"gatehouse\""));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Gatehouse.sendAnonymously("POST", "/api/v1/agents", "{\"name\":\"sneaky\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongUserOrPasswordIs401AndTheRightOnesPass() throws Exception {
        assertThat(getWith("/api/v1/agents", basic(Gatehouse.ADMIN_USER, Gatehouse.ADMIN_PASSWORD + "x")).statusCode()).isEqualTo(401);
        assertThat(getWith("/api/v1/agents", basic("root", Gatehouse.ADMIN_PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(getWith("/api/v1/agents", basic("admin", Gatehouse.ADMIN_PASSWORD)).statusCode())
                .as("the default user is replaced by gatehouse.admin.user").isEqualTo(401);
        assertThat(getWith("/api/v1/agents", "Basic !!!").statusCode()).isEqualTo(401);
        assertThat(getWith("/api/v1/agents", "Bearer " + Gatehouse.agentKey()).statusCode())
                .as("an agent key is no admin credential").isEqualTo(401);
        assertThat(getWith("/api/v1/agents", Gatehouse.adminAuthorization()).statusCode()).isEqualTo(200);
    }

    @Test
    void changesAreAuthoredByTheConfiguredAdministrator() throws Exception {
        assertThat(Gatehouse.ADMIN_USER).as("gatehouse.admin.user is set for the IT server").isNotEqualTo("admin");
        String name = AgentsIT.unique("authored");
        HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/policies", """
                {"name":"%s","source":"package gatehouse\\nallow := true","enabled":false}""".formatted(name));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(AgentsIT.json(created).path("author").asText()).isEqualTo(Gatehouse.ADMIN_USER);
        Gatehouse.send("DELETE", "/api/v1/policies/" + name, null);
    }

    @Test
    void healthAndOpenApiNeedNoCredentials() throws Exception {
        assertThat(getWith("/health", null).statusCode()).isEqualTo(200);
        assertThat(getWith("/openapi", null).statusCode()).isEqualTo(200);
    }
}
