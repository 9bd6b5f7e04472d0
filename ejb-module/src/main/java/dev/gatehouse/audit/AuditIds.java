package dev.gatehouse.audit;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Time-ordered record ids in the ULID layout: 26 Crockford base32 characters, the first 10 the
 * event time in milliseconds, the other 16 random (80 bits, so ids made on several nodes do
 * not collide). Sorting ids as strings sorts records by time, which gives newest-first
 * pagination and retention by id range.
 */
public final class AuditIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Z]{25}");

    private AuditIds() {
    }

    /** A new id for an event at the given time. */
    public static String next(Instant time) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return encode(time.toEpochMilli(), random.nextLong() & 0xFFFFL, random.nextLong());
    }

    /** The smallest id of any event at or after {@code time}: every older record's id sorts below it. */
    public static String lowerBound(Instant time) {
        return encode(Math.max(0, time.toEpochMilli()), 0, 0);
    }

    /** Whether the text is a well-formed id. */
    public static boolean isValid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }

    /** 48 bits of time, then 16 + 64 random bits, 5 bits per character, most significant first. */
    private static String encode(long millis, long high16, long low64) {
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 80 random bits = high16 (16 bits) followed by low64 (64 bits), in 16 characters
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low64 & 31)];
            low64 = (low64 >>> 5) | ((high16 & 31) << 59);
            high16 >>>= 5;
        }
        return new String(out);
    }
}
