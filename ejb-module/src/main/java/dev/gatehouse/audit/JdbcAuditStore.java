package dev.gatehouse.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.sql.DataSource;

/**
 * The audit log in the {@code AUDIT_RECORD} table (migrations {@code V30__audit.sql},
 * {@code V31__audit_indexes.sql}), written with plain JDBC on the non-JTA data source: one
 * connection, one prepared statement batch, one explicit commit per group of events. Times are
 * stored as UTC wall-clock timestamps; time filters read the id, which begins with the time.
 * Values longer than their column are cut here, so a batch never fails on data.
 */
public final class JdbcAuditStore implements AuditStore {
    static final int REASONS_CHARS = 8000;
    static final int VERSIONS_CHARS = 4000;
    static final int ERROR_CHARS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = "ID, EVENT_TIME, AGENT, USER_NAME, BACKEND, TOOL, MCP_ACTION, DECISION, "
            + "REASONS, ARGUMENTS_PREVIEW, DURATION_MS, PROTOCOL, SESSION_ID, POLICY_VERSIONS, ERROR_TEXT";
    private static final String INSERT = "INSERT INTO AUDIT_RECORD (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    /** What this store needs to know about the database, read once from the first connection's metadata. */
    private volatile Dialect dialect;

    /**
     * @param postgres  PostgreSQL, whose driver turns {@code TIMESTAMPDIFF} into an interval's minute field
     * @param inProcess the database runs inside this JVM (embedded Derby): there a JDBC batch saves no
     *                  round trips, and Derby's batch execution binds every timestamp a second time
     *                  through a new {@code GregorianCalendar}, so rows are executed one by one (in the
     *                  same transaction)
     */
    private record Dialect(boolean postgres, boolean inProcess) {
    }

    public JdbcAuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Calendar utc = new GregorianCalendar(UTC);
                boolean inProcess = dialect(c).inProcess();
                for (AuditRecord record : records) {
                    bind(insert, record, utc);
                    if (inProcess) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                    }
                }
                if (!inProcess) {
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AuditStoreException("cannot write " + records.size() + " audit record(s): " + e.getMessage(), e);
        }
    }

    @Override
    public AuditPage query(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM AUDIT_RECORD WHERE 1 = 1");
        equal(sql, params, "AGENT", query.agent());
        equal(sql, params, "USER_NAME", query.user());
        equal(sql, params, "BACKEND", query.backend());
        equal(sql, params, "TOOL", query.tool());
        equal(sql, params, "DECISION", query.decision());
        equal(sql, params, "MCP_ACTION", query.action());
        // the id starts with the event time in milliseconds, so a time range is an id range served by
        // the primary key (EVENT_TIME has no index); bounds count to the millisecond
        if (query.from() != null) {
            sql.append(" AND ID >= ?");
            params.add(AuditIds.lowerBound(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND ID < ?");
            params.add(AuditIds.lowerBound(query.to()));
        }
        if (query.text() != null) {
            sql.append(" AND (LOWER(ARGUMENTS_PREVIEW) LIKE ? ESCAPE '\\' OR LOWER(REASONS) LIKE ? ESCAPE '\\')");
            String pattern = "%" + likeEscape(query.text().toLowerCase(Locale.ROOT)) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (query.afterId() != null) {
            sql.append(" AND ID < ?");
            params.add(query.afterId());
        }
        sql.append(" ORDER BY ID DESC FETCH FIRST ").append(query.limit() + 1).append(" ROWS ONLY");
        List<AuditRecord> records = select(sql.toString(), params);
        if (records.size() <= query.limit()) {
            return new AuditPage(records, null);
        }
        List<AuditRecord> page = records.subList(0, query.limit());
        return new AuditPage(page, AuditCursor.after(page.getLast().id()));
    }

    /**
     * One GROUP BY over the id range from the start of {@code since}'s minute (ids start with the
     * event time, so the primary key serves it), counting minutes from that start.
     */
    @Override
    public List<AuditMinuteCount> countByMinute(Instant since) {
        Instant origin = since.truncatedTo(ChronoUnit.MINUTES);
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT MINUTE_NO, DECISION, COUNT(*) FROM (SELECT " + minutesSince(c) + " AS MINUTE_NO, DECISION"
                        + " FROM AUDIT_RECORD WHERE ID >= ?) M GROUP BY MINUTE_NO, DECISION ORDER BY MINUTE_NO, DECISION")) {
            count.setTimestamp(1, timestamp(origin));
            count.setString(2, AuditIds.lowerBound(origin));
            List<AuditMinuteCount> counts = new ArrayList<>();
            try (ResultSet rs = count.executeQuery()) {
                while (rs.next()) {
                    counts.add(new AuditMinuteCount(origin.plus(rs.getLong(1), ChronoUnit.MINUTES), rs.getString(2),
                            rs.getLong(3)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new AuditStoreException("cannot count the audit log: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<AuditRecord> find(String id) {
        return select("SELECT " + COLUMNS + " FROM AUDIT_RECORD WHERE ID = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int limit) {
        String bound = AuditIds.lowerBound(cutoff);
        try (Connection c = dataSource.getConnection()) {
            String last = null;
            try (PreparedStatement nth = c.prepareStatement("SELECT ID FROM AUDIT_RECORD WHERE ID < ? ORDER BY ID OFFSET "
                    + (limit - 1) + " ROWS FETCH NEXT 1 ROWS ONLY")) {
                nth.setString(1, bound);
                try (ResultSet rs = nth.executeQuery()) {
                    if (rs.next()) {
                        last = rs.getString(1);
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement(last == null
                    ? "DELETE FROM AUDIT_RECORD WHERE ID < ?" : "DELETE FROM AUDIT_RECORD WHERE ID <= ?")) {
                delete.setString(1, last == null ? bound : last);
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new AuditStoreException("cannot delete old audit records: " + e.getMessage(), e);
        }
    }

    /**
     * Whole minutes from the timestamp parameter to {@code EVENT_TIME}. Derby's JDBC escape
     * {@code TIMESTAMPDIFF(SQL_TSI_MINUTE, ...)} counts them; the PostgreSQL driver translates
     * that escape to the minute field of the interval (0–59), so PostgreSQL gets its own.
     */
    private String minutesSince(Connection c) throws SQLException {
        return dialect(c).postgres() ? "CAST(FLOOR(EXTRACT(EPOCH FROM (EVENT_TIME - CAST(? AS TIMESTAMP))) / 60) AS BIGINT)"
                : "{fn TIMESTAMPDIFF(SQL_TSI_MINUTE, ?, EVENT_TIME)}";
    }

    private Dialect dialect(Connection c) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            DatabaseMetaData metadata = c.getMetaData();
            String url = metadata.getURL();
            known = new Dialect(metadata.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"),
                    url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://"));
            dialect = known;
        }
        return known;
    }

    private List<AuditRecord> select(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new AuditStoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Binds one record; {@code utc} turns the event's instant into the stored UTC wall-clock time. */
    private static void bind(PreparedStatement insert, AuditRecord record, Calendar utc) throws SQLException {
        AuditEvent e = record.event();
        insert.setString(1, record.id());
        insert.setTimestamp(2, Timestamp.from(e.time()), utc);
        text(insert, 3, e.agent(), 255);
        text(insert, 4, e.user(), 255);
        text(insert, 5, e.backend(), 255);
        text(insert, 6, e.tool(), 512);
        text(insert, 7, e.action(), 64);
        insert.setString(8, e.decision());
        insert.setString(9, jsonList(e.reasons(), REASONS_CHARS));
        text(insert, 10, e.argumentsPreview(), ArgumentRedactor.MAX_CAP);
        insert.setLong(11, e.durationMs());
        text(insert, 12, e.protocol(), 32);
        text(insert, 13, e.sessionId(), 255);
        insert.setString(14, jsonList(e.policyVersions(), VERSIONS_CHARS));
        text(insert, 15, e.error(), ERROR_CHARS);
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        Instant time = rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC);
        AuditEvent event = new AuditEvent(time, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), parseList(rs.getString(9)), rs.getString(10), rs.getLong(11),
                rs.getString(12), rs.getString(13), parseList(rs.getString(14)), rs.getString(15));
        return new AuditRecord(rs.getString(1), event);
    }

    private static void text(PreparedStatement statement, int index, String value, int max) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, ArgumentRedactor.truncate(value, max));
        }
    }

    /**
     * A JSON array of the strings that fits in {@code max} characters: each string is cut to a
     * fair share first, and strings that still do not fit are replaced by a count.
     */
    static String jsonList(List<String> values, int max) {
        try {
            String all = JSON.writeValueAsString(values);
            if (all.length() <= max) {
                return all;
            }
            int share = Math.max(64, max / Math.max(1, values.size()) - 16);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                List<String> candidate = new ArrayList<>(kept);
                candidate.add(ArgumentRedactor.truncate(values.get(i), share));
                int rest = values.size() - i - 1;
                if (rest > 0) {
                    candidate.add("… " + rest + " more");
                }
                if (JSON.writeValueAsString(candidate).length() > max) {
                    kept.add("… " + (values.size() - i) + " more");
                    return JSON.writeValueAsString(kept);
                }
                kept.add(ArgumentRedactor.truncate(values.get(i), share));
            }
            return JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    private static List<String> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of(json);
        }
    }

    private static Timestamp timestamp(Instant time) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(time, ZoneOffset.UTC));
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }
}
