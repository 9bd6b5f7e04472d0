package dev.gatehouse.console.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.registry.BackendFields;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.StdioTransportSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendFormTest {
    @Test
    void aStdioFormBecomesCommandArgsAndEnvironmentWithoutTheUrl() {
        BackendForm form = new BackendForm();
        form.setName(" everything ");
        form.setTransport("stdio");
        form.setUrl("http://left.over/mcp");
        form.setCommand("node");
        form.setArgs("/srv/everything.js\n\n  stdio  ");
        form.setEnv("LOG_LEVEL=debug\n\nGREETING=a=b");

        BackendFields fields = form.toFields();

        assertThat(fields.name()).isEqualTo("everything");
        assertThat(fields.url()).isNull();
        assertThat(fields.args()).containsExactly("/srv/everything.js", "stdio");
        assertThat(fields.env()).containsExactly(Map.entry("LOG_LEVEL", "debug"), Map.entry("GREETING", "a=b"));
        assertThat(fields.toSpec().transport()).isInstanceOf(StdioTransportSpec.class);
    }

    @Test
    void anHttpFormLeavesTheStdioFieldsOut() {
        BackendForm form = new BackendForm();
        form.setName("remote");
        form.setTransport("http");
        form.setUrl("http://127.0.0.1:3001/mcp");
        form.setCommand("node");

        BackendSpec spec = form.toFields().toSpec();

        assertThat(spec.transport().kind()).isEqualTo("http");
        assertThat(spec.credential()).isNull();
    }

    @Test
    void anEnvironmentLineWithoutEqualsNamesTheEnvField() {
        BackendForm form = new BackendForm();
        form.setName("x");
        form.setCommand("node");
        form.setEnv("OK=1\nBROKEN");

        assertThatThrownBy(form::toFields).isInstanceOfSatisfying(InvalidBackendException.class, e -> {
            assertThat(e.field()).isEqualTo("env");
            assertThat(e.getMessage()).contains("line 2");
        });
    }

    @Test
    void fillsFromARegisteredBackend() {
        BackendSpec spec = new BackendSpec("tools", false,
                new StdioTransportSpec("node", List.of("a.js", "stdio"), Map.of("B", "2", "A", "1")), "env-cred", 3);

        BackendForm form = BackendForm.of(spec);

        assertThat(form.getArgs()).isEqualTo("a.js\nstdio");
        assertThat(form.getEnv()).isEqualTo("A=1\nB=2");
        assertThat(form.isEnabled()).isFalse();
        assertThat(form.getCredential()).isEqualTo("env-cred");
        assertThat(form.toFields().toSpec().transport()).isEqualTo(spec.transport());
    }
}
