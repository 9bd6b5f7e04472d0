package dev.gatehouse.audit;

import dev.gatehouse.platform.Durations;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The audit log's configuration (MicroProfile Config keys in brackets; environment variables
 * such as {@code GATEHOUSE_AUDIT_DURABILITY} map onto them).
 *
 * @param durability      {@code batched} (default) or {@code strict} ({@code gatehouse.audit.durability})
 * @param queueCapacity   events the backlog holds before calls are refused
 *                        ({@code gatehouse.audit.queue-capacity}, default 100,000)
 * @param batchSize       most events written in one transaction ({@code gatehouse.audit.batch-size}, default 500)
 * @param previewMaxChars the arguments preview cap ({@code gatehouse.audit.preview-max-chars}, default 2048)
 * @param retention       how long records are kept; {@link Duration#ZERO} keeps everything
 *                        ({@code gatehouse.audit.retention}: {@code 30d}, {@code 12h}, {@code 0} or {@code off}; default 30 days)
 */
public record AuditSettings(Durability durability, int queueCapacity, int batchSize, int previewMaxChars,
                            Duration retention) {
    public static final AuditSettings DEFAULTS = new AuditSettings(Durability.BATCHED, 100_000, 500,
            ArgumentRedactor.DEFAULT_MAX_CHARS, Duration.ofDays(30));

    public AuditSettings {
        Objects.requireNonNull(durability, "durability is required");
        Objects.requireNonNull(retention, "retention is required");
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("gatehouse.audit.queue-capacity must be at least 1");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("gatehouse.audit.batch-size must be between 1 and 10000");
        }
        if (previewMaxChars < ArgumentRedactor.MIN_CAP || previewMaxChars > ArgumentRedactor.MAX_CAP) {
            throw new IllegalArgumentException("gatehouse.audit.preview-max-chars must be between "
                    + ArgumentRedactor.MIN_CAP + " and " + ArgumentRedactor.MAX_CAP);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("gatehouse.audit.retention must not be negative");
        }
    }

    /** Reads the settings from MicroProfile Config, with the defaults above. */
    public static AuditSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new AuditSettings(
                Durability.parse(value(config, "gatehouse.audit.durability", "batched")),
                Integer.parseInt(value(config, "gatehouse.audit.queue-capacity", "100000").trim()),
                Integer.parseInt(value(config, "gatehouse.audit.batch-size", "500").trim()),
                Integer.parseInt(value(config, "gatehouse.audit.preview-max-chars", "2048").trim()),
                parseRetention(value(config, "gatehouse.audit.retention", "30d")));
    }

    /** A {@link Durations} value ({@code 30d}, {@code 12h}, {@code P30D}); {@code 0}, {@code off} or {@code none} keep everything. */
    public static Duration parseRetention(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("0") || text.equals("off") || text.equals("none")) {
            return Duration.ZERO;
        }
        return Durations.parse("gatehouse.audit.retention", text, ChronoUnit.SECONDS);
    }

    private static String value(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).orElse(fallback);
    }

    /** Whether the response waits for the record to be durable. */
    public enum Durability {
        /** The record is queued; the response does not wait. */
        BATCHED,
        /** The response waits until the batch holding the record has committed. */
        STRICT;

        static Durability parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "batched" -> BATCHED;
                case "strict" -> STRICT;
                default -> throw new IllegalArgumentException(
                        "gatehouse.audit.durability must be batched or strict, not '" + value + "'");
            };
        }
    }
}
