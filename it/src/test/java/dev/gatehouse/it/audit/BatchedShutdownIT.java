package dev.gatehouse.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The default (batched) mode loses nothing on a normal shutdown: a second Gatehouse serves
 * several agents calling {@code echo} and is stopped with {@code server stop} under load; after
 * a restart every call that had returned a result has its audit record, because the recorder
 * writes its queue before the application stops.
 */
class BatchedShutdownIT {
    private static final String BACKEND = "batched-everything";

    @Test
    void everyAnsweredCallIsInTheAuditLogAfterANormalStop() throws Exception {
        try (SecondServer server = SecondServer.create("batched")) {
            server.start();
            AuditGatehouse gatehouse = server.gatehouse();
            gatehouse.registerEverything(BACKEND);
            String agent = AuditGatehouse.unique("batched-bot");
            String key = gatehouse.agentKey(agent, "batched-user", List.of(BACKEND));

            EchoLoad load = EchoLoad.start(gatehouse, key, BACKEND, 6);
            load.awaitAnswered(300, 20);
            server.stop();
            assertThat(load.finish(40)).as("clients finished after the stop").isTrue();
            Set<String> answered = load.answered();
            assertThat(answered).as("calls answered before the stop").hasSizeGreaterThan(20);

            server.start();
            Set<String> recorded = EchoLoad.recordedMessages(server.gatehouse(), agent);

            Set<String> missing = new HashSet<>(answered);
            missing.removeAll(recorded);
            System.out.printf("batched normal stop: %d calls answered, %d records after restart, %d missing%n",
                    answered.size(), recorded.size(), missing.size());
            assertThat(missing).as("answered calls without an audit record").isEmpty();
        }
    }
}
