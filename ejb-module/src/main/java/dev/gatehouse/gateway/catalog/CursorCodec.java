package dev.gatehouse.gateway.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.protocol.McpJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes {@link PageCursor}s as opaque strings and checks them on the way back.
 *
 * <p>Format: {@code base64url(json) "." base64url(mac)}, where the JSON is
 * {@code {"v":1,"k":"tools","g":<generation>,"o":<offset>}} and the MAC is the first 16 bytes
 * of HMAC-SHA256 under a key of this node. A cursor whose MAC does not match (altered,
 * forged, or issued by another node or an earlier start) is rejected, so offsets and
 * generations read from a cursor can be trusted.
 */
public final class CursorCodec {
    private static final int VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public CursorCodec(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the cursor key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A codec with a fresh random key: cursors are valid on this node until it restarts. */
    public static CursorCodec withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
    }

    public String encode(PageCursor cursor) {
        byte[] json = McpJson.write(McpJson.object().put("v", VERSION).put("k", cursor.kind().resultField())
                .put("g", cursor.generation()).put("o", cursor.offset())).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(json) + "." + ENCODER.encodeToString(mac(json));
    }

    /** @throws InvalidCursorException when {@code text} is not a cursor this codec issued */
    public PageCursor decode(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot <= 0 || text.length() > 512) {
            throw new InvalidCursorException("not a Gatehouse cursor");
        }
        byte[] json;
        byte[] mac;
        try {
            json = DECODER.decode(text.substring(0, dot));
            mac = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not a Gatehouse cursor");
        }
        if (!MessageDigest.isEqual(mac, mac(json))) {
            throw new InvalidCursorException("the cursor was not issued by this server or was altered");
        }
        JsonNode tree = McpJson.readTree(new String(json, StandardCharsets.UTF_8));
        if (tree.path("v").asInt() != VERSION) {
            throw new InvalidCursorException("unsupported cursor version");
        }
        CatalogKind kind = Arrays.stream(CatalogKind.values())
                .filter(k -> k.resultField().equals(tree.path("k").asText()))
                .findFirst().orElseThrow(() -> new InvalidCursorException("unknown list in cursor"));
        return new PageCursor(kind, tree.path("g").asLong(), tree.path("o").asInt());
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
