package dev.gatehouse.console.policies;

import dev.gatehouse.policy.StoredVersion;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/** One saved version as the history lists it. */
public record VersionRow(int number, String author, String created, String sha) implements Serializable {
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static VersionRow of(StoredVersion v) {
        return new VersionRow(v.number(), v.author(), v.createdAt() == null ? "" : SAVED.format(v.createdAt()),
                v.sha256());
    }

    public String shaPrefix() {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
