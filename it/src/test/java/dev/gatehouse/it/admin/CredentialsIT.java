package dev.gatehouse.it.admin;

import static dev.gatehouse.it.admin.AdminApi.get;
import static dev.gatehouse.it.admin.AdminApi.json;
import static dev.gatehouse.it.admin.AdminApi.problem;
import static dev.gatehouse.it.admin.AdminApi.send;
import static dev.gatehouse.it.admin.AdminApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credential half of the admin API: CRUD, write-only secrets, and the in-use rule. */
class CredentialsIT {
    private static final String TOKEN = "it-bearer-" + java.util.UUID.randomUUID();
    private static final String HEADER_VALUE = "it-header-" + java.util.UUID.randomUUID();
    private static final String ENV_VALUE = "it-env-" + java.util.UUID.randomUUID();

    @Test
    void secretsAreAcceptedButNeverReturned() throws Exception {
        String bearer = unique("bearer");
        String headers = unique("headers");
        String env = unique("env");
        String backend = unique("uses");
        List<HttpResponse<String>> responses = new ArrayList<>();

        responses.add(send("POST", "/credentials", """
                {"name":"%s","kind":"bearer","token":"%s"}""".formatted(bearer, TOKEN)));
        responses.add(send("POST", "/credentials", """
                {"name":"%s","kind":"headers","headers":{"X-Api-Key":"%s"}}""".formatted(headers, HEADER_VALUE)));
        responses.add(send("POST", "/credentials", """
                {"name":"%s","kind":"env","env":{"API_KEY":"%s"}}""".formatted(env, ENV_VALUE)));
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        responses.add(send("POST", "/backends", """
                {"name":"%s","transport":"http","url":"http://127.0.0.1:1/mcp","credential":"%s","enabled":false}"""
                .formatted(backend, bearer)));
        responses.add(get("/credentials"));
        responses.add(get("/credentials/" + bearer));
        responses.add(get("/credentials/" + headers));
        responses.add(get("/credentials/" + env));
        responses.add(get("/backends"));
        responses.add(get("/backends/" + backend));
        responses.add(send("PUT", "/credentials/" + bearer, """
                {"kind":"bearer","token":"%s-2"}""".formatted(TOKEN)));
        responses.add(send("POST", "/credentials", """
                {"name":"%s","kind":"bearer","token":"%s"}""".formatted(bearer, TOKEN)));
        responses.add(send("POST", "/credentials", """
                {"name":"%s","kind":"bearer","token":"%s","env":{"A":"%s"}}""".formatted(unique("x"), TOKEN, ENV_VALUE)));

        for (HttpResponse<String> r : responses) {
            assertThat(r.body()).as(r.uri().toString()).doesNotContain(TOKEN, HEADER_VALUE, ENV_VALUE);
        }
        JsonNode described = json(get("/credentials/" + headers));
        assertThat(described.path("kind").asText()).isEqualTo("headers");
        assertThat(described.path("secretsSet").get(0).asText()).isEqualTo("headers.X-Api-Key");
        assertThat(json(get("/credentials/" + bearer)).path("usedBy").get(0).asText()).isEqualTo(backend);
        assertThat(json(get("/credentials/" + env)).path("secretsSet").get(0).asText()).isEqualTo("env.API_KEY");

        send("DELETE", "/backends/" + backend, null);
        for (String name : List.of(bearer, headers, env)) {
            assertThat(send("DELETE", "/credentials/" + name, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void aCredentialInUseCannotBeDeleted() throws Exception {
        String credential = unique("inuse");
        String backend = unique("user");
        send("POST", "/credentials", """
                {"name":"%s","kind":"env","env":{"TOKEN":"v"}}""".formatted(credential));
        send("POST", "/backends", """
                {"name":"%s","transport":"stdio","command":"node","credential":"%s","enabled":false}"""
                .formatted(backend, credential));

        JsonNode problem = problem(send("DELETE", "/credentials/" + credential, null), 409);

        assertThat(problem.path("detail").asText()).contains(backend);
        send("DELETE", "/backends/" + backend, null);
        assertThat(send("DELETE", "/credentials/" + credential, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aCredentialMustSuitTheTransport() throws Exception {
        String credential = unique("envonly");
        send("POST", "/credentials", """
                {"name":"%s","kind":"env","env":{"TOKEN":"v"}}""".formatted(credential));

        JsonNode problem = problem(send("POST", "/backends", """
                {"name":"%s","transport":"http","url":"http://127.0.0.1:1/mcp","credential":"%s"}"""
                .formatted(unique("http"), credential)), 400);

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("credential");
        send("DELETE", "/credentials/" + credential, null);
    }

    @Test
    void invalidCredentialsGetA400NamingTheField() throws Exception {
        JsonNode noToken = problem(send("POST", "/credentials", """
                {"name":"%s","kind":"bearer"}""".formatted(unique("c"))), 400);
        assertThat(noToken.path("errors").get(0).path("field").asText()).isEqualTo("token");

        JsonNode badKind = problem(send("POST", "/credentials", """
                {"name":"%s","kind":"magic"}""".formatted(unique("c"))), 400);
        assertThat(badKind.path("errors").findValuesAsText("field")).contains("kind");

        JsonNode badHeader = problem(send("POST", "/credentials", """
                {"name":"%s","kind":"headers","headers":{"Bad Header":"v"}}""".formatted(unique("c"))), 400);
        assertThat(badHeader.path("errors").get(0).path("field").asText()).isEqualTo("headers");
    }

    @Test
    void duplicatesAndUnknownNamesAreReported() throws Exception {
        String name = unique("dupc");
        String body = """
                {"name":"%s","kind":"bearer","token":"t"}""".formatted(name);
        assertThat(send("POST", "/credentials", body).statusCode()).isEqualTo(201);

        problem(send("POST", "/credentials", body), 409);
        problem(get("/credentials/no-such-credential"), 404);
        problem(send("PUT", "/credentials/no-such-credential", "{\"kind\":\"bearer\",\"token\":\"t\"}"), 404);
        problem(send("DELETE", "/credentials/no-such-credential", null), 404);
        send("DELETE", "/credentials/" + name, null);
    }

    @Test
    void replacingWithTheSameSecretKeepsTheVersion() throws Exception {
        String name = unique("same");
        String body = """
                {"name":"%s","kind":"bearer","token":"t1"}""".formatted(name);
        long version = json(send("POST", "/credentials", body)).path("version").asLong();

        assertThat(json(send("PUT", "/credentials/" + name, body)).path("version").asLong()).isEqualTo(version);
        assertThat(json(send("PUT", "/credentials/" + name, body.replace("t1", "t2"))).path("version").asLong())
                .isGreaterThan(version);
        send("DELETE", "/credentials/" + name, null);
    }

    @Test
    void replacingASecretMovesTheVersionOfEveryBackendUsingIt() throws Exception {
        String credential = unique("rotate");
        String backend = unique("rotated");
        send("POST", "/credentials", """
                {"name":"%s","kind":"env","env":{"TOKEN":"old"}}""".formatted(credential));
        send("POST", "/backends", """
                {"name":"%s","transport":"stdio","command":"node","credential":"%s","enabled":false}"""
                .formatted(backend, credential));
        long version = json(get("/backends/" + backend)).path("version").asLong();

        send("PUT", "/credentials/" + credential, """
                {"kind":"env","env":{"TOKEN":"new"}}""");

        assertThat(json(get("/backends/" + backend)).path("version").asLong()).isGreaterThan(version);
        send("DELETE", "/backends/" + backend, null);
        send("DELETE", "/credentials/" + credential, null);
    }
}
