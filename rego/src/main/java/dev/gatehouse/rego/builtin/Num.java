package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.NumberValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact arithmetic on {@link NumberValue}s with a long fast path. */
public final class Num {
    private Num() {
    }

    /** a + b. */
    public static NumberValue add(NumberValue a, NumberValue b) {
        if (a.isLong() && b.isLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return NumberValue.of(r);
            }
        }
        return NumberValue.of(a.bigDecimal().add(b.bigDecimal()));
    }

    /** a - b. */
    public static NumberValue sub(NumberValue a, NumberValue b) {
        if (a.isLong() && b.isLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return NumberValue.of(r);
            }
        }
        return NumberValue.of(a.bigDecimal().subtract(b.bigDecimal()));
    }

    /** a * b. */
    public static NumberValue mul(NumberValue a, NumberValue b) {
        if (a.isLong() && b.isLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if (hi == 0 && lo >= 0 || hi == -1 && lo < 0) {
                return NumberValue.of(lo);
            }
        }
        return NumberValue.of(a.bigDecimal().multiply(b.bigDecimal()));
    }

    /** a / b; b must not be zero. Exact when finite, otherwise rounded to float64-like precision. */
    public static NumberValue div(NumberValue a, NumberValue b) {
        if (a.isLong() && b.isLong() && b.longValue() != 0 && a.longValue() % b.longValue() == 0
                && !(a.longValue() == Long.MIN_VALUE && b.longValue() == -1)) {
            return NumberValue.of(a.longValue() / b.longValue());
        }
        try {
            BigDecimal q = a.bigDecimal().divide(b.bigDecimal());
            if (q.precision() <= 34) {
                return NumberValue.of(q);
            }
        } catch (ArithmeticException nonTerminating) {
            // fall through
        }
        return NumberValue.of(a.bigDecimal().divide(b.bigDecimal(), MathContext.DECIMAL64));
    }

    /** Rounds half away from zero (Go's math.Round). */
    public static NumberValue round(NumberValue a) {
        return a.isInteger() ? a : NumberValue.of(a.bigDecimal().setScale(0, RoundingMode.HALF_UP));
    }

    /** Ceiling. */
    public static NumberValue ceil(NumberValue a) {
        return a.isInteger() ? a : NumberValue.of(a.bigDecimal().setScale(0, RoundingMode.CEILING));
    }

    /** Floor. */
    public static NumberValue floor(NumberValue a) {
        return a.isInteger() ? a : NumberValue.of(a.bigDecimal().setScale(0, RoundingMode.FLOOR));
    }

    /** Absolute value. */
    public static NumberValue abs(NumberValue a) {
        if (a.signum() >= 0) {
            return a;
        }
        return a.isLong() && a.longValue() != Long.MIN_VALUE ? NumberValue.of(-a.longValue())
                : NumberValue.of(a.bigDecimal().negate());
    }
}
