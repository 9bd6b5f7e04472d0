package dev.gatehouse.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where audit records are kept. The recorder writes through it in batches; the query API and
 * retention read and prune through it. {@link JdbcAuditStore} is the database; tests use fakes.
 */
public interface AuditStore {
    /** Writes every record in one transaction: all are durable when it returns, none when it throws. */
    void insert(List<AuditRecord> records);

    /** One page of records matching the query, newest first. */
    AuditPage query(AuditQuery query);

    /**
     * How many records of each decision arrived in each minute from {@code since} (cut to its
     * minute) until now, oldest minute first; minutes without records are absent.
     */
    List<AuditMinuteCount> countByMinute(Instant since);

    /** The record with this id. */
    Optional<AuditRecord> find(String id);

    /** Deletes at most {@code limit} of the oldest records older than {@code cutoff}; returns how many. */
    int deleteOlderThan(Instant cutoff, int limit);
}
