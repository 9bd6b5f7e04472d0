package dev.gatehouse.config;

import java.util.Objects;

/**
 * A policy as the declarative file states it: inline {@code source:} or read from {@code file:}
 * (relative to the YAML file), already compiled once by the parser.
 *
 * @param name    the policy's name
 * @param enabled whether it takes part in decisions (default true)
 * @param source  its Rego source
 */
public record DeclaredPolicy(String name, boolean enabled, String source) {
    public DeclaredPolicy {
        Objects.requireNonNull(name, "policy name is required");
        Objects.requireNonNull(source, "policy source is required");
    }
}
