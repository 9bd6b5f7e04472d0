package dev.gatehouse.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.audit.AuditWriter;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The audit log in {@code /health/ready}: DOWN while the backlog is full (calls are being
 * refused so they do not go unrecorded), UP otherwise, with the writer's counters and whether
 * the store is in an outage, and how many calls waited for the writer (backpressure).
 */
@Readiness
@ApplicationScoped
public class AuditReadiness implements HealthCheck {
    @Inject
    AuditRecorder recorder;

    @Override
    public HealthCheckResponse call() {
        AuditWriter.Stats stats = recorder.stats();
        return HealthCheckResponse.named("audit")
                .status(stats.backlog() < recorder.settings().queueCapacity())
                .withData("durability", recorder.settings().durability().name().toLowerCase(java.util.Locale.ROOT))
                .withData("backlog", stats.backlog())
                .withData("written", stats.written())
                .withData("batches", stats.batches())
                .withData("refused", stats.refused())
                .withData("paced", stats.paced())
                .withData("storeAvailable", !stats.outage())
                .build();
    }
}
