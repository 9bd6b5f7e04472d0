package dev.gatehouse.web.admin;

import dev.gatehouse.identity.InvalidAgentException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a new key lives: at most one of an instant and a duration; neither means it never expires. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @Schema(description = "RFC 3339 instant, e.g. 2027-01-01T00:00:00Z") String expiresAt,
        @Schema(description = "ISO-8601 duration from now, e.g. PT1H or P30D") String expiresIn) {

    /** The expiry in UTC, or {@code null}. */
    LocalDateTime expiryUtc() {
        if (expiresAt != null && expiresIn != null) {
            throw new InvalidAgentException("expiresIn", "give expiresAt or expiresIn, not both");
        }
        if (expiresAt != null) {
            try {
                return OffsetDateTime.parse(expiresAt).atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw new InvalidAgentException("expiresAt", "must be an RFC 3339 instant such as 2027-01-01T00:00:00Z");
            }
        }
        if (expiresIn != null) {
            Duration duration;
            try {
                duration = Duration.parse(expiresIn);
            } catch (DateTimeParseException e) {
                throw new InvalidAgentException("expiresIn", "must be an ISO-8601 duration such as PT1H or P30D");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidAgentException("expiresIn", "must be positive");
            }
            return LocalDateTime.now(ZoneOffset.UTC).plus(duration);
        }
        return null;
    }
}
