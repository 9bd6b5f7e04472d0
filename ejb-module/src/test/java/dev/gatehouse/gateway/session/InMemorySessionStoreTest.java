package dev.gatehouse.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.gatehouse.gateway.RecordingStream;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {
    @Test
    void issuesDistinctUnguessableIds() {
        InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(store.create().id());
        }

        assertThat(ids).hasSize(200).allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9_-]{32}"));
    }

    @Test
    void anEndedSessionIsNotFoundAndClosesItsStream() {
        InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30));
        AgentSession session = store.create();
        RecordingStream stream = new RecordingStream();
        session.attach(stream);

        assertThat(store.end(session.id())).isTrue();

        assertThat(store.find(session.id())).isEmpty();
        assertThat(stream.isOpen()).isFalse();
        assertThat(store.end(session.id())).isFalse();
    }

    @Test
    void idleSessionsExpireUnlessAStreamIsOpen() throws InterruptedException {
        InMemorySessionStore store = new InMemorySessionStore(Duration.ofMillis(1));
        AgentSession idle = store.create();
        AgentSession listening = store.create();
        listening.attach(new RecordingStream());
        Thread.sleep(5);

        assertThat(store.find(idle.id())).isEmpty();
        assertThat(store.find(listening.id())).contains(listening);
    }

    @Test
    void endingASessionCancelsItsCallsAndFailsAwaitedAnswers() {
        InMemorySessionStore store = new InMemorySessionStore(Duration.ofMinutes(30));
        AgentSession session = store.create();
        CompletableFuture<Object> call = new CompletableFuture<>();
        session.started(TextNode.valueOf("r1"), call);
        AgentSession.Awaited awaited = session.await();

        store.end(session.id());

        assertThat(call).isCancelled();
        assertThat(awaited.answer()).isCompletedExceptionally();
        assertThat(session.answered(JsonRpcResponse.success(TextNode.valueOf(awaited.id()), McpJson.object()))).isFalse();
    }

    @Test
    void aNewStreamReplacesTheOldOne() {
        AgentSession session = new InMemorySessionStore(Duration.ofMinutes(1)).create();
        RecordingStream first = new RecordingStream();
        RecordingStream second = new RecordingStream();

        session.attach(first);
        session.attach(second);

        assertThat(first.isOpen()).isFalse();
        assertThat(session.hasOpenStream()).isTrue();
    }
}
