package dev.gatehouse.identity;

import dev.gatehouse.identity.AuthenticationException.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Turns a bearer API key into the agent's {@link Principal}, or refuses it. The stored key is
 * looked up by its id (no scan) and compared by hash in constant time. What the database said
 * about a key is cached for {@link #CACHE_TTL}, and dropped at once when this node changes the
 * agent, so a revoked key or a disabled agent stops working within seconds everywhere and at
 * once here. A cache hit costs one SHA-256 and a map lookup. Last use is noted in memory;
 * {@link LastUseWriter} writes it once a minute.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {
    static final Duration CACHE_TTL = Duration.ofSeconds(2);

    @Inject
    AgentRegistry registry;

    private final KeyCache cache = new KeyCache(CACHE_TTL);

    /**
     * The principal of the agent whose key {@code token} is.
     *
     * @throws AuthenticationException {@code INVALID} for an unknown, revoked or expired key,
     *                                 {@code FORBIDDEN} when the agent is disabled
     */
    public Principal authenticate(String token) {
        PresentedKey key = PresentedKey.parse(token)
                .orElseThrow(() -> new AuthenticationException(Failure.INVALID, "malformed API key"));
        KeyCache.Entry entry = cache.get(key.id(), id -> registry.holder(id).orElse(null));
        KeyHolder holder = entry.holder();
        if (holder == null || !key.matches(holder.hash())) {
            throw new AuthenticationException(Failure.INVALID, "unknown or revoked API key");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (holder.expiredAt(now)) {
            throw new AuthenticationException(Failure.INVALID, "the API key has expired");
        }
        if (!holder.agent().enabled()) {
            throw new AuthenticationException(Failure.FORBIDDEN, "agent '" + holder.agent().name() + "' is disabled");
        }
        cache.used(key.id(), now);
        return entry.principal();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChanged change) {
        cache.clear();
    }

    /** When keys were used since the last call (key id → UTC time), for {@link LastUseWriter}. */
    Map<String, LocalDateTime> drainUse() {
        return cache.drainUse();
    }
}
