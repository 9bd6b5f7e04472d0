package dev.gatehouse.registry;

/**
 * CDI event fired after a backend was created, updated or deleted and the transaction
 * committed (observe with {@code during = TransactionPhase.AFTER_SUCCESS}, or after commit
 * when fired outside one). The connector reconciles the named backend when it sees it.
 *
 * @param name the backend's name
 */
public record BackendChanged(String name) {
}
