package dev.gatehouse.gateway;

import static dev.gatehouse.gateway.FakeBackend.catalog;
import static dev.gatehouse.gateway.FakeBackend.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.InMemorySessionStore;
import dev.gatehouse.identity.TestPrincipals;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.JsonRpcRequest;
import dev.gatehouse.protocol.JsonRpcResponse;
import dev.gatehouse.protocol.McpJson;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceSubscriptionsTest {
    private final FakeBackend alpha = new FakeBackend("alpha", catalog(
            List.of(), List.of(resource("demo://a"), resource("demo://b")), List.of(), List.of()));
    private final FakeBackendDirectory directory = new FakeBackendDirectory(alpha);
    private final InMemorySessionStore sessions = new InMemorySessionStore(Duration.ofMinutes(30));
    private final AtomicInteger ids = new AtomicInteger();
    private McpDispatcher dispatcher;
    private ResourceSubscriptions relay;
    private AgentSession first;
    private AgentSession second;
    private final RecordingStream firstStream = new RecordingStream();
    private final RecordingStream secondStream = new RecordingStream();

    @BeforeEach
    void setUp() {
        LiveAggregate aggregate = new LiveAggregate(directory, new CatalogAggregator(NamingMode.PREFIXED));
        aggregate.rebuild();
        dispatcher = new McpDispatcher(directory, aggregate, CursorCodec.withRandomKey(),
                new GatewaySettings(NamingMode.PREFIXED, 100, Duration.ofMinutes(30), "1.2.3"));
        relay = (ResourceSubscriptions) dispatcher.resourceEvents();
        first = sessions.create(TestPrincipals.AGENT);
        second = sessions.create(TestPrincipals.AGENT);
        first.attach(firstStream);
        second.attach(secondStream);
    }

    private JsonRpcResponse call(AgentSession session, String method, String uri) {
        var request = new JsonRpcRequest(IntNode.valueOf(ids.incrementAndGet()), method, McpJson.object().put("uri", uri));
        return dispatcher.dispatch(new AgentRequest(request, session, null)).join();
    }

    private long upstream(String method) {
        return alpha.calls.stream().filter(c -> c.method().equals(method)).count();
    }

    @Test
    void subscribesUpstreamForTheFirstSubscriberAndWithdrawsAfterTheLast() {
        assertThat(call(first, "resources/subscribe", "demo://a").isError()).isFalse();
        assertThat(call(second, "resources/subscribe", "demo://a").isError()).isFalse();
        assertThat(upstream("resources/subscribe")).isEqualTo(1);

        call(first, "resources/unsubscribe", "demo://a");
        assertThat(upstream("resources/unsubscribe")).isZero();
        call(second, "resources/unsubscribe", "demo://a");
        assertThat(upstream("resources/unsubscribe")).isEqualTo(1);
    }

    @Test
    void relaysAnUpdateOnlyToTheSessionsSubscribedToThatResource() throws Exception {
        call(first, "resources/subscribe", "demo://a");
        call(second, "resources/subscribe", "demo://b");

        relay.resourceUpdated("alpha", "demo://a");

        awaitSent(firstStream, 1);
        JsonRpcNotification sent = (JsonRpcNotification) firstStream.sent.getFirst();
        assertThat(sent.method()).isEqualTo("notifications/resources/updated");
        assertThat(sent.params().path("uri").asText()).isEqualTo("demo://a");
        Thread.sleep(50);
        assertThat(secondStream.sent).isEmpty();
    }

    @Test
    void forgetsEndedSessionsAndWithdrawsTheSubscriptionWhenNoneIsLeft() {
        call(first, "resources/subscribe", "demo://a");
        first.end();

        relay.resourceUpdated("alpha", "demo://a");

        assertThat(upstream("resources/unsubscribe")).isEqualTo(1);
        assertThat(firstStream.sent).isEmpty();
    }

    @Test
    void renewsSubscriptionsWhenTheBackendReconnects() {
        call(first, "resources/subscribe", "demo://a");
        relay.catalogChanged("alpha", EnumSet.of(CatalogKind.RESOURCES));
        assertThat(upstream("resources/subscribe")).isEqualTo(1);

        relay.catalogChanged("alpha", EnumSet.allOf(CatalogKind.class));
        assertThat(upstream("resources/subscribe")).isEqualTo(2);

        alpha.state(BackendState.FAILED);
        relay.catalogChanged("alpha", EnumSet.allOf(CatalogKind.class));
        assertThat(upstream("resources/subscribe")).isEqualTo(2);
    }

    @Test
    void aFailedUpstreamSubscriptionIsNotKept() {
        alpha.answering(c -> java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("no")));
        assertThat(call(first, "resources/subscribe", "demo://a").isError()).isTrue();
        alpha.answering(c -> java.util.concurrent.CompletableFuture.completedFuture(McpJson.object()));

        call(second, "resources/subscribe", "demo://a");

        assertThat(upstream("resources/subscribe")).isEqualTo(2);
    }

    private static void awaitSent(RecordingStream stream, int count) throws InterruptedException {
        for (int i = 0; i < 200 && stream.sent.size() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(stream.sent).hasSize(count);
    }
}
