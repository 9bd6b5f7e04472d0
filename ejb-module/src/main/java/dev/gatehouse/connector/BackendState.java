package dev.gatehouse.connector;

/** Where a backend connection stands. Only {@code READY} backends contribute to the aggregate. */
public enum BackendState {
    /** Registered but switched off by an operator: no connection is attempted. */
    DISABLED,
    /** A connection attempt is under way (first start or after a failure, with backoff). */
    CONNECTING,
    /** Initialized; its catalog is current and calls are routed to it. */
    READY,
    /** Connected, but something is wrong (a catalog refresh failed); calls are still routed. */
    DEGRADED,
    /** The last attempt failed; the supervisor retries with backoff. */
    FAILED
}
