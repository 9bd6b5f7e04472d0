package dev.gatehouse.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendTest {
    private static BackendSpec stdio(boolean enabled, String arg) {
        return new BackendSpec("everything", enabled,
                new StdioTransportSpec("node", List.of("server.js", arg), Map.of("PORT", "1")), null, 0);
    }

    @Test
    void roundTripsItsSpec() {
        Backend backend = new Backend(stdio(true, "stdio"));

        assertThat(backend.toSpec()).isEqualTo(stdio(true, "stdio"));
    }

    @Test
    void updateWithTheSameDefinitionChangesNothing() {
        Backend backend = new Backend(stdio(true, "stdio"));
        var updatedAt = backend.updatedAt();

        assertThat(backend.update(stdio(true, "stdio"))).isFalse();
        assertThat(backend.updatedAt()).isEqualTo(updatedAt);
    }

    @Test
    void updateSwitchesTransportAndClearsTheOldFields() {
        Backend backend = new Backend(stdio(true, "stdio"));
        BackendSpec http = new BackendSpec("everything", true,
                new HttpTransportSpec(URI.create("http://127.0.0.1:3001/mcp")), "tok", 0);

        assertThat(backend.update(http)).isTrue();
        assertThat(backend.toSpec()).isEqualTo(http);
        assertThat(backend.credential()).isEqualTo("tok");
    }

    @Test
    void disableAndEnableReportWhetherTheFlagChanged() {
        Backend backend = new Backend(stdio(true, "stdio"));

        assertThat(backend.enable()).isFalse();
        assertThat(backend.disable()).isTrue();
        assertThat(backend.disable()).isFalse();
        assertThat(backend.toSpec().enabled()).isFalse();
        assertThat(backend.enable()).isTrue();
    }

    @Test
    void aReplacedCredentialTouchesTheRow() throws Exception {
        Backend backend = new Backend(stdio(true, "stdio"));
        var before = backend.updatedAt();
        Thread.sleep(2);

        backend.credentialReplaced();

        assertThat(backend.updatedAt()).isAfter(before);
    }
}
