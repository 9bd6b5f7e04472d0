package dev.gatehouse.identity;

import dev.gatehouse.identity.AuthenticationException.Failure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a bearer API key into the agent's {@link Principal}, or refuses it. The stored key is
 * looked up by its id (no scan) and compared by hash in constant time. What the database said
 * about a key is cached for {@link #CACHE_TTL}, and dropped at once when this node changes the
 * agent, so a revoked key or a disabled agent stops working within seconds everywhere and at
 * once here. A cache hit costs one SHA-256 and a map lookup. Last use is noted in memory and
 * written once a minute.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {
    static final Duration CACHE_TTL = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticator.class.getName());
    private static final long LAST_USE_FLUSH_SECONDS = 60;

    @Inject
    AgentRegistry registry;

    @Resource(lookup = "concurrent/gatehouseScheduler")
    ManagedScheduledExecutorService scheduler;

    private final KeyCache cache = new KeyCache(CACHE_TTL);
    private ScheduledFuture<?> flusher;

    @PostConstruct
    void start() {
        flusher = scheduler.scheduleWithFixedDelay(this::flushLastUse, LAST_USE_FLUSH_SECONDS, LAST_USE_FLUSH_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.cancel(false);
        }
        flushLastUse();
    }

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

    private void flushLastUse() {
        Map<String, LocalDateTime> used = cache.drainUse();
        if (used.isEmpty()) {
            return;
        }
        try {
            registry.recordLastUse(new HashMap<>(used));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record when API keys were last used", e);
        }
    }
}
