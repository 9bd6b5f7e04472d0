package dev.gatehouse.policy;

/** Fired by {@link PolicyStore} when a policy was created, revised, enabled, disabled or deleted; observed after commit. */
public record PolicyChanged(String name) {
}
