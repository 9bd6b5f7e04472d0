package dev.gatehouse.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The one grammar for durations in settings: {@code 500ms}, {@code 30s}, {@code 1.5s},
 * {@code 5m}, {@code 2h}, {@code 7d}, ISO-8601 ({@code PT45M}, {@code P7D}), or a bare number
 * in the setting's own unit (seconds for timeouts, milliseconds for the policy budget).
 * Negative durations are refused; the error names the setting.
 */
public final class Durations {
    private Durations() {
    }

    /**
     * @param key      the setting's name, for the error message
     * @param bareUnit the unit of a number without a suffix
     * @throws IllegalArgumentException when the value is not a duration of this grammar
     */
    public static Duration parse(String key, String value, ChronoUnit bareUnit) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed = text.startsWith("p") ? Duration.parse(text.toUpperCase(Locale.ROOT)) : withUnit(text, bareUnit);
            if (parsed.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 500ms, 30s, 5m, 2h or 7d, not '" + value + "'");
        }
    }

    private static Duration withUnit(String text, ChronoUnit bareUnit) {
        ChronoUnit unit;
        String number;
        if (text.endsWith("ms")) {
            unit = ChronoUnit.MILLIS;
            number = text.substring(0, text.length() - 2);
        } else if (!text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1))) {
            unit = switch (text.charAt(text.length() - 1)) {
                case 's' -> ChronoUnit.SECONDS;
                case 'm' -> ChronoUnit.MINUTES;
                case 'h' -> ChronoUnit.HOURS;
                case 'd' -> ChronoUnit.DAYS;
                default -> throw new IllegalArgumentException("unknown unit");
            };
            number = text.substring(0, text.length() - 1);
        } else {
            unit = bareUnit;
            number = text;
        }
        BigDecimal nanos = new BigDecimal(number.trim()).multiply(BigDecimal.valueOf(unit.getDuration().toNanos()));
        return Duration.ofNanos(nanos.longValueExact());
    }
}
