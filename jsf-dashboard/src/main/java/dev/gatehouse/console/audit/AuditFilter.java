package dev.gatehouse.console.audit;

import dev.gatehouse.audit.AuditQuery;
import dev.gatehouse.audit.InvalidAuditQueryException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The feed's filters as the operator edits them and as the URL carries them (view
 * parameters, so a filtered feed can be bookmarked): plain strings, times as ISO-8601
 * instants. {@link #query(int, String)} turns them into the store's {@link AuditQuery};
 * the date pickers work in UTC wall-clock time.
 */
public class AuditFilter implements Serializable {
    private String agent;
    private String user;
    private String backend;
    private String tool;
    private String action;
    private String decision;
    private String text;
    private String from;
    private String to;

    /** The store query for one page; {@code afterId} continues after a record, or {@code null}. */
    public AuditQuery query(int limit, String afterId) {
        return new AuditQuery(blank(agent), blank(user), blank(backend), blank(tool), blank(decision), blank(action),
                instant("from", from), instant("to", to), blank(text), limit, afterId);
    }

    /** Whether any filter is set. */
    public boolean isActive() {
        return blank(agent) != null || blank(user) != null || blank(backend) != null || blank(tool) != null
                || blank(action) != null || blank(decision) != null || blank(text) != null || blank(from) != null
                || blank(to) != null;
    }

    /** Sets the range to the last {@code span} before {@code now}, open-ended. */
    public void last(Duration span, Instant now) {
        from = now.minus(span).truncatedTo(ChronoUnit.SECONDS).toString();
        to = null;
    }

    public void clear() {
        agent = user = backend = tool = action = decision = text = from = to = null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(String field, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQueryException(field, field + " must be an ISO-8601 instant such as 2026-11-24T10:00:00Z");
        }
    }

    private static LocalDateTime local(String value) {
        try {
            return blank(value) == null ? null : LocalDateTime.ofInstant(Instant.parse(value.trim()), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String iso(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC).toString();
    }

    public LocalDateTime getFromTime() {
        return local(from);
    }

    public void setFromTime(LocalDateTime value) {
        from = iso(value);
    }

    public LocalDateTime getToTime() {
        return local(to);
    }

    public void setToTime(LocalDateTime value) {
        to = iso(value);
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getBackend() {
        return backend;
    }

    public void setBackend(String backend) {
        this.backend = backend;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
