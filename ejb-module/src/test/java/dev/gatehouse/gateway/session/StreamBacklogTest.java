package dev.gatehouse.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.gateway.RecordingStream;
import dev.gatehouse.identity.TestPrincipals;
import dev.gatehouse.protocol.JsonRpcNotification;
import org.junit.jupiter.api.Test;

class StreamBacklogTest {

    private static JsonRpcNotification note(String method) {
        return new JsonRpcNotification(method, null);
    }

    @Test
    void givesWhatFollowsAHeldEventOrEverythingWhenTheEventIsOlderThanAllHeld() {
        StreamBacklog backlog = new StreamBacklog();
        backlog.add(5, note("a"));
        backlog.add(7, note("b"));
        backlog.add(9, note("c"));

        assertThat(backlog.after(7)).extracting(StreamBacklog.Event::id).containsExactly(9L);
        assertThat(backlog.after(9)).isEmpty();
        assertThat(backlog.after(2)).extracting(StreamBacklog.Event::id).containsExactly(5L, 7L, 9L);
        assertThat(backlog.after(6)).as("6 was an event of another stream").isEmpty();
    }

    @Test
    void keepsOnlyTheLatestEvents() {
        StreamBacklog backlog = new StreamBacklog();
        for (int i = 1; i <= StreamBacklog.CAPACITY + 10; i++) {
            backlog.add(i, note("n" + i));
        }
        assertThat(backlog.after(0)).hasSize(StreamBacklog.CAPACITY).first()
                .extracting(StreamBacklog.Event::id).isEqualTo(11L);
    }

    @Test
    void aResumingStreamReceivesWhatWasSentWhileNoneWasOpen() {
        AgentSession session = new AgentSession("s1", TestPrincipals.AGENT);
        RecordingStream first = new RecordingStream();
        session.attach(first);
        assertThat(session.sendOnStream(note("notifications/tools/list_changed"))).isTrue();
        session.detach(first);

        assertThat(session.sendOnStream(note("notifications/prompts/list_changed"))).as("no stream open").isFalse();

        RecordingStream fresh = new RecordingStream();
        session.attach(fresh);
        assertThat(fresh.sent).as("a new stream without Last-Event-ID starts empty").isEmpty();

        RecordingStream resumed = new RecordingStream();
        session.attach(resumed, 1L);
        assertThat(resumed.sent).extracting(m -> ((JsonRpcNotification) m).method())
                .containsExactly("notifications/prompts/list_changed");
    }
}
