package dev.gatehouse.config;

import java.util.List;

/**
 * What applying the declarative file did, without any value from it.
 *
 * @param file    the file applied
 * @param changes one line per write, such as {@code create-backend everything}; empty when nothing differed
 */
public record ConfigReport(String file, List<String> changes) {
    public ConfigReport {
        changes = List.copyOf(changes);
    }
}
