package dev.gatehouse.console.policies;

import dev.gatehouse.policy.StoredPolicy;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * One row of the policies table: what the store says of a policy, with the enabled flag the
 * toggle edits (the page writes it back through the store at once).
 */
public final class PolicyRow implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final String name;
    private final int version;
    private final String author;
    private final String updated;
    private final String sha;
    private boolean enabled;

    PolicyRow(StoredPolicy p) {
        this.name = p.name();
        this.version = p.version();
        this.author = p.author();
        this.updated = p.updatedAt() == null ? "" : TIME.format(p.updatedAt());
        this.sha = p.sha256();
        this.enabled = p.enabled();
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public String getAuthor() {
        return author;
    }

    public String getUpdated() {
        return updated;
    }

    /** The first 12 hex digits of the current source's SHA-256. */
    public String getShaPrefix() {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    public String getSha() {
        return sha;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
