package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentFieldsTest {

    @Test
    void omittedBackendsMeanEveryBackendAndAnEmptyListNone() {
        AgentSpec every = new AgentFields("a", null, null, null, null).toSpec();
        AgentSpec none = new AgentFields("a", null, null, List.of(), null).toSpec();

        assertThat(every.backends()).isNull();
        assertThat(every.principal().mayUse("anything")).isTrue();
        assertThat(none.backends()).isEmpty();
        assertThat(none.principal().mayUse("anything")).isFalse();
        assertThat(every.enabled()).isTrue();
        assertThat(every.description()).isEmpty();
    }

    @Test
    void thePrincipalCarriesNameUserAndBackends() {
        Principal p = new AgentFields("bot", "d", " alice ", List.of("b", "a", "b"), false).toSpec().principal();

        assertThat(p.kind()).isEqualTo(Principal.Kind.AGENT);
        assertThat(p.agent()).isEqualTo("bot");
        assertThat(p.user()).isEqualTo("alice");
        assertThat(p.backends()).isEqualTo(Set.of("a", "b"));
        assertThat(p.mayUse("a")).isTrue();
        assertThat(p.mayUse("c")).isFalse();
    }

    @Test
    void namesTheInvalidField() {
        assertThatThrownBy(() -> new AgentFields(null, null, null, null, null).toSpec())
                .isInstanceOfSatisfying(InvalidAgentException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new AgentFields("no spaces", null, null, null, null).toSpec())
                .isInstanceOfSatisfying(InvalidAgentException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new AgentFields("a", null, null, List.of("ok", "b/d"), null).toSpec())
                .isInstanceOfSatisfying(InvalidAgentException.class, e -> assertThat(e.field()).isEqualTo("backends[1]"));
        assertThatThrownBy(() -> new AgentFields("a", "x".repeat(1001), null, null, null).toSpec())
                .isInstanceOfSatisfying(InvalidAgentException.class, e -> assertThat(e.field()).isEqualTo("description"));
    }

    @Test
    void sameDefinitionIgnoresTheVersion() {
        AgentSpec a = new AgentSpec("a", "d", null, Set.of("x"), true, 1);

        assertThat(a.sameDefinition(new AgentSpec("a", "d", null, Set.of("x"), true, 7))).isTrue();
        assertThat(a.sameDefinition(new AgentSpec("a", "d", null, null, true, 1))).isFalse();
        assertThat(a.sameDefinition(new AgentSpec("a", "d", null, Set.of("x"), false, 1))).isFalse();
    }
}
