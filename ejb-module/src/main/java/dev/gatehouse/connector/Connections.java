package dev.gatehouse.connector;

import dev.gatehouse.connector.transport.TransportFactory;
import dev.gatehouse.vault.CredentialLookup;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * What every supervised backend shares: where credentials and transports come from, the
 * settings, the scheduler for timeouts and retries, the threads for blocking work, and
 * where catalog changes are announced.
 *
 * @param catalogEvents receives (backend, kinds) whenever what a backend contributes changes,
 *                      and the backends' resource updates
 */
record Connections(CredentialLookup credentials, TransportFactory transports, ConnectorSettings settings,
                   ScheduledExecutorService scheduler, ThreadFactory threads, CatalogListener catalogEvents) {
    void catalogChanged(String backend, Set<CatalogKind> kinds) {
        catalogEvents.catalogChanged(backend, kinds);
    }
}
