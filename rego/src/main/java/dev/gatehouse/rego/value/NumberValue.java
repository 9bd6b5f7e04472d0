package dev.gatehouse.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An arbitrary-precision Rego number. Invariant: a value that is integral and fits in a
 * {@code long} is held in {@code small} (fast path, {@code big == null}); anything else is held
 * as a {@link BigDecimal} stripped of trailing zeros, so {@code 1 == 1.0} and hashing is numeric.
 */
public final class NumberValue implements Value {
    private static final NumberValue[] CACHE = new NumberValue[1024 + 128];
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new NumberValue(i - 128, null);
        }
    }

    /** Zero. */
    public static final NumberValue ZERO = of(0);
    /** One. */
    public static final NumberValue ONE = of(1);

    private final long small;
    private final BigDecimal big;
    private final String text;

    private NumberValue(long small, BigDecimal big) {
        this(small, big, null);
    }

    private NumberValue(long small, BigDecimal big, String text) {
        this.small = small;
        this.big = big;
        this.text = text;
    }

    /** The number {@code n}. */
    public static NumberValue of(long n) {
        if (n >= -128 && n < CACHE.length - 128) {
            return CACHE[(int) n + 128];
        }
        return new NumberValue(n, null);
    }

    /** The integer {@code n}. */
    public static NumberValue of(BigInteger n) {
        if (n.bitLength() < 64) {
            return of(n.longValue());
        }
        return new NumberValue(0, new BigDecimal(n).stripTrailingZeros());
    }

    /** The number {@code n}, normalised. */
    public static NumberValue of(BigDecimal n) {
        if (n.signum() == 0) {
            return ZERO;
        }
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0 && s.compareTo(LONG_MIN) >= 0 && s.compareTo(LONG_MAX) <= 0) {
            return of(s.longValueExact());
        }
        return new NumberValue(0, s);
    }

    /** The double {@code d} with its shortest decimal representation; NaN/infinity are rejected. */
    public static NumberValue of(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("not a finite number: " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.0e18) {
            return of((long) d);
        }
        return of(new BigDecimal(Double.toString(d)));
    }

    /** Parses a JSON/Rego number literal exactly. */
    public static NumberValue parse(String text) {
        int n = text.length();
        if (n > 0 && n < 19) {
            boolean digits = true;
            int start = text.charAt(0) == '-' ? 1 : 0;
            for (int i = start; i < n && digits; i++) {
                char c = text.charAt(i);
                digits = c >= '0' && c <= '9';
            }
            if (digits && start < n) {
                return of(Long.parseLong(text));
            }
        }
        NumberValue v = of(new BigDecimal(text));
        if (v.toString().equals(text)) {
            return v;
        }
        return new NumberValue(v.small, v.big, text);
    }

    /** The literal text this number was parsed from, if it differs from the canonical form; else null. */
    public String literal() {
        return text;
    }

    /** True when the value is integral. */
    public boolean isInteger() {
        return big == null || big.scale() <= 0;
    }

    /** True when the value is held in the long fast path (integral and within long range). */
    public boolean isLong() {
        return big == null;
    }

    /** The value as a long; only meaningful when {@link #isLong()}. */
    public long longValue() {
        return big == null ? small : big.longValue();
    }

    /** The value as an int if it is integral and fits, otherwise {@code null}. */
    public Integer intValueExact() {
        if (big == null && small >= Integer.MIN_VALUE && small <= Integer.MAX_VALUE) {
            return (int) small;
        }
        return null;
    }

    /** The exact value as a BigDecimal. */
    public BigDecimal bigDecimal() {
        return big == null ? BigDecimal.valueOf(small) : big;
    }

    /** The value as a BigInteger; truncates any fraction. */
    public BigInteger bigInteger() {
        return big == null ? BigInteger.valueOf(small) : big.toBigInteger();
    }

    /** The nearest double. */
    public double doubleValue() {
        return big == null ? (double) small : big.doubleValue();
    }

    /** Sign: -1, 0 or 1. */
    public int signum() {
        return big == null ? Long.signum(small) : big.signum();
    }

    /** Numeric comparison. */
    public int compareNumber(NumberValue o) {
        if (big == null && o.big == null) {
            return Long.compare(small, o.small);
        }
        return bigDecimal().compareTo(o.bigDecimal());
    }

    @Override
    public int typeRank() {
        return 2;
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof NumberValue n)) {
            return false;
        }
        if (big == null) {
            return n.big == null && n.small == small;
        }
        return n.big != null && big.equals(n.big);
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(small) : big.hashCode();
    }

    /**
     * Prints as OPA does: a parsed literal as written (OPA keeps {@code json.Number} text); otherwise
     * integers in full, fractions plainly, Go's exponent form when very small or large.
     */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        return canonical();
    }

    /** The canonical rendering, ignoring any literal text. */
    public String canonical() {
        if (big == null) {
            return Long.toString(small);
        }
        if (big.scale() <= 0) {
            return big.toBigInteger().toString();
        }
        BigDecimal abs = big.abs();
        if (abs.compareTo(new BigDecimal("1e-6")) >= 0 && abs.compareTo(new BigDecimal("1e21")) < 0) {
            return big.toPlainString();
        }
        return goExponent(big);
    }

    /** Go-style exponent notation, e.g. {@code 1e+21}, {@code 1.5e-07}. */
    static String goExponent(BigDecimal v) {
        String digits = v.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - v.scale();
        StringBuilder sb = new StringBuilder();
        if (v.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return sb.toString();
    }
}
