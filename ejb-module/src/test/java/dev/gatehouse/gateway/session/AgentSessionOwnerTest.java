package dev.gatehouse.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.identity.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentSessionOwnerTest {
    private final AgentSession session = new AgentSession("s1", Principal.agent("bot", "alice", Set.of("a")));

    @Test
    void belongsToTheAgentThatInitializedItWhateverItsKey() {
        assertThat(session.belongsTo(Principal.agent("bot", "bob", null))).isTrue();
        assertThat(session.belongsTo(Principal.agent("other", "alice", Set.of("a")))).isFalse();
        assertThat(session.belongsTo(Principal.operator("alice"))).isFalse();
    }

    @Test
    void takesOverTheAgentsCurrentScopeOnRefresh() {
        session.refresh(Principal.agent("bot", "alice", Set.of("a", "b")));

        assertThat(session.principal().mayUse("b")).isTrue();
        assertThatThrownBy(() -> session.refresh(Principal.agent("other", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.principal().agent()).isEqualTo("bot");
    }
}
