package dev.gatehouse.rego.builtin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/** Go's {@code time.ParseDuration}: e.g. {@code 1h2m3.5s}, {@code -1.5h}, units ns us µs ms s m h. */
final class GoDuration {
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {
    }

    static long parse(String s) throws BuiltinException {
        String orig = s;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int st = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String num = s.substring(st, i);
            if (num.isEmpty() || num.equals(".")) {
                throw invalid(orig);
            }
            int us = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            String unit = s.substring(us, i);
            if (unit.isEmpty()) {
                throw BuiltinException.builtinError("time.parse_duration_ns: time: missing unit in duration "
                        + dev.gatehouse.rego.value.Values.quoteGo(orig));
            }
            Long mult = UNITS.get(unit);
            if (mult == null) {
                throw BuiltinException.builtinError("time.parse_duration_ns: time: unknown unit "
                        + dev.gatehouse.rego.value.Values.quoteGo(unit) + " in duration "
                        + dev.gatehouse.rego.value.Values.quoteGo(orig));
            }
            total = total.add(new BigDecimal(num).multiply(BigDecimal.valueOf(mult)));
        }
        BigInteger r = total.setScale(0, RoundingMode.DOWN).toBigInteger();
        if (r.bitLength() > 63) {
            throw invalid(orig);
        }
        return neg ? -r.longValue() : r.longValue();
    }

    private static BuiltinException invalid(String s) {
        return BuiltinException.builtinError("time.parse_duration_ns: time: invalid duration "
                + dev.gatehouse.rego.value.Values.quoteGo(s));
    }
}
