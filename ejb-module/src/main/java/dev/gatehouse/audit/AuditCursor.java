package dev.gatehouse.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque page cursor of the audit query: the id of the last record of a page, wrapped so
 * clients do not build it themselves ({@code base64url("a1:" + id)}). A cursor that does not
 * decode is an {@link InvalidAuditQueryException}.
 */
public final class AuditCursor {
    private static final String PREFIX = "a1:";

    private AuditCursor() {
    }

    /** The cursor that continues after the record with this id. */
    public static String after(String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The record id a cursor continues after. */
    public static String decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new InvalidAuditQueryException("cursor", "not a cursor from this API");
        }
        if (!text.startsWith(PREFIX) || !AuditIds.isValid(text.substring(PREFIX.length()))) {
            throw new InvalidAuditQueryException("cursor", "not a cursor from this API");
        }
        return text.substring(PREFIX.length());
    }
}
