package dev.gatehouse.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * How many audit records of one decision arrived in one minute: a row of
 * {@link AuditStore#countByMinute(Instant)}.
 *
 * @param minute   the start of the minute (UTC, whole minutes)
 * @param decision {@code allow}, {@code deny} or {@code error}
 * @param count    at least one
 */
public record AuditMinuteCount(Instant minute, String decision, long count) {
    public AuditMinuteCount {
        Objects.requireNonNull(minute, "minute is required");
        Objects.requireNonNull(decision, "decision is required");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }
}
