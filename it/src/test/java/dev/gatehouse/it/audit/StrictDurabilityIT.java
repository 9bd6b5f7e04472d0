package dev.gatehouse.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Strict durability survives SIGKILL: a second Gatehouse in strict mode serves several
 * concurrent agents calling {@code echo}; the JVM is killed with {@code kill -9} while every
 * client has a call in flight; after a restart on the same database every call that had
 * returned a result to its client has its audit record (found by the call's unique message).
 */
class StrictDurabilityIT {
    private static final String BACKEND = "strict-everything";

    @Test
    void everyAnsweredCallIsInTheAuditLogAfterSigkill() throws Exception {
        try (SecondServer server = SecondServer.create("strict")) {
            server.start();
            AuditGatehouse gatehouse = server.gatehouse();
            gatehouse.registerEverything(BACKEND);
            String agent = AuditGatehouse.unique("strict-bot");
            String key = gatehouse.agentKey(agent, "strict-user", List.of(BACKEND));

            EchoLoad load = EchoLoad.start(gatehouse, key, BACKEND, 6);
            load.awaitAnswered(300, 20);
            server.kill9();
            assertThat(load.finish(40)).as("clients finished after the kill").isTrue();
            Set<String> answered = load.answered();
            assertThat(answered).as("calls answered before the kill").hasSizeGreaterThan(20);
            assertThat(load.cutOff()).as("clients whose call the kill cut off").isPositive();

            server.start();
            Set<String> recorded = EchoLoad.recordedMessages(server.gatehouse(), agent);

            Set<String> missing = new HashSet<>(answered);
            missing.removeAll(recorded);
            System.out.printf("strict SIGKILL: %d calls answered before the kill, %d records after restart,"
                    + " %d clients cut off by the kill, %d answered calls missing%n",
                    answered.size(), recorded.size(), load.cutOff(), missing.size());
            assertThat(missing).as("answered calls without an audit record").isEmpty();
        }
    }
}
