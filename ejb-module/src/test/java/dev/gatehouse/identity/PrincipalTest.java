package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalTest {

    @Test
    void aSimulatedCallerIsTheAgentWhenNamedElseTheUserElseTheOperator() {
        Principal agent = Principal.simulated("ci-bot", "alice", Set.of("read"), Set.of("dev"), null);
        assertThat(agent.kind()).isEqualTo(Principal.Kind.AGENT);
        assertThat(agent.agent()).isEqualTo("ci-bot");
        assertThat(agent.user()).isEqualTo("alice");
        assertThat(agent.groups()).containsExactly("dev");
        assertThat(agent.scopedBackends()).isEmpty();

        assertThat(Principal.simulated(null, "alice", null, null, null).kind()).isEqualTo(Principal.Kind.USER);
        assertThat(Principal.simulated(null, null, null, null, null).kind()).isEqualTo(Principal.Kind.OPERATOR);
    }

    @Test
    void onlyAScopedPrincipalIsKeptFromOtherBackends() {
        Principal scoped = Principal.agent("bot", null, Set.of("files"));
        assertThat(scoped.mayUse("files")).isTrue();
        assertThat(scoped.mayUse("billing")).isFalse();
        assertThat(Principal.operator("admin").mayUse("billing")).isTrue();
    }
}
