package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Go's {@code fmt.Sprintf} for the argument kinds OPA passes: {@code Long} (Go int), {@code BigInteger}
 * ({@code *big.Int}), {@code Double} (float64) and {@code String}. Supports flags {@code +-# 0}, width,
 * precision, and Go's {@code %!verb(type=value)}, {@code %!v(MISSING)} and {@code %!(EXTRA ...)} markers.
 */
final class GoFormat {
    private GoFormat() {
    }

    private static final class Spec {
        boolean minus;
        boolean plus;
        boolean sharp;
        boolean space;
        boolean zero;
        int width = -1;
        int prec = -1;
    }

    static String sprintf(String format, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int argi = 0;
        int n = format.length();
        for (int i = 0; i < n; ) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            Spec s = new Spec();
            flags:
            while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> s.minus = true;
                    case '+' -> s.plus = true;
                    case '#' -> s.sharp = true;
                    case ' ' -> s.space = true;
                    case '0' -> s.zero = true;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            int w = 0;
            boolean hasW = false;
            while (i < n && Character.isDigit(format.charAt(i))) {
                w = w * 10 + format.charAt(i++) - '0';
                hasW = true;
            }
            if (hasW) {
                s.width = w;
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                int p = 0;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    p = p * 10 + format.charAt(i++) - '0';
                }
                s.prec = p;
            }
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (argi >= args.size()) {
                out.append("%!").appendCodePoint(verb).append("(MISSING)");
                continue;
            }
            Object arg = args.get(argi++);
            out.append(pad(s, verb == 'T' ? typeName(arg) : formatOne(s, verb, arg)));
        }
        if (argi < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argi; k < args.size(); k++) {
                if (k > argi) {
                    out.append(", ");
                }
                out.append(typeName(args.get(k))).append('=').append(plainV(args.get(k)));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String typeName(Object o) {
        return switch (o) {
            case Long l -> "int";
            case BigInteger b -> "*big.Int";
            case Double d -> "float64";
            default -> "string";
        };
    }

    private static String plainV(Object o) {
        return o instanceof Double d ? shortestG(d, false) : o.toString();
    }

    private static String bad(int verb, Object o) {
        return "%!" + new String(Character.toChars(verb)) + "(" + typeName(o) + "=" + plainV(o) + ")";
    }

    private static String formatOne(Spec s, int verb, Object o) {
        return switch (o) {
            case Long l -> integer(s, verb, BigInteger.valueOf(l), o);
            case BigInteger b -> verb == 's' || verb == 'v' || verb == 'd' || verb == 'x' || verb == 'X'
                    || verb == 'o' || verb == 'b' ? integer(s, verb == 's' ? 'd' : verb, b, o) : bad(verb, o);
            case Double d -> floating(s, verb, d, o);
            default -> string(s, verb, (String) o);
        };
    }

    private static String sign(Spec s, boolean neg, String body) {
        return sign(s, neg, body, s.prec < 0);
    }

    /** Applies the sign and Go's zero padding (integers lose zero padding when a precision is given, floats keep it). */
    private static String sign(Spec s, boolean neg, String body, boolean zeroPadAllowed) {
        String sign = neg ? "-" : s.plus ? "+" : s.space ? " " : "";
        if (s.zero && !s.minus && s.width > 0 && zeroPadAllowed) {
            StringBuilder sb = new StringBuilder(sign);
            for (int k = sign.length() + body.length(); k < s.width; k++) {
                sb.append('0');
            }
            return sb.append(body).toString();
        }
        return sign + body;
    }

    private static String integer(Spec s, int verb, BigInteger v, Object o) {
        BigInteger abs = v.abs();
        String body;
        switch (verb) {
            case 'd', 'v' -> body = abs.toString();
            case 'x' -> body = (s.sharp ? "0x" : "") + abs.toString(16);
            case 'X' -> body = (s.sharp ? "0X" : "") + abs.toString(16).toUpperCase();
            case 'o' -> body = (s.sharp ? "0" : "") + abs.toString(8);
            case 'O' -> body = "0o" + abs.toString(8);
            case 'b' -> body = abs.toString(2);
            case 'c' -> {
                return new String(Character.toChars(v.intValue()));
            }
            case 'q' -> {
                return Values.quoteGo(new String(Character.toChars(v.intValue()))).replaceAll("^\"|\"$", "'");
            }
            case 'U' -> {
                String h = v.toString(16).toUpperCase();
                return "U+" + "0".repeat(Math.max(0, 4 - h.length())) + h;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                return bad(verb, o);
            }
            default -> {
                return bad(verb, o);
            }
        }
        if (s.prec >= 0 && body.length() < s.prec) {
            body = "0".repeat(s.prec - body.length()) + body;
        }
        return sign(s, v.signum() < 0, body);
    }

    private static String floating(Spec s, int verb, double d, Object o) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return sign(s, d < 0, Double.isNaN(d) ? "NaN" : "Inf");
        }
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        double a = Math.abs(d);
        String body = switch (verb) {
            case 'v', 'g' -> s.prec < 0 ? shortestG(a, false) : precG(a, s.prec, false);
            case 'G' -> s.prec < 0 ? shortestG(a, true) : precG(a, s.prec, true);
            case 'f', 'F' -> new BigDecimal(a).setScale(s.prec < 0 ? 6 : s.prec, RoundingMode.HALF_EVEN).toPlainString();
            case 'e', 'E' -> {
                String e = expForm(new BigDecimal(a), s.prec < 0 ? 6 : s.prec);
                yield verb == 'E' ? e.toUpperCase() : e;
            }
            default -> null;
        };
        if (body == null) {
            return bad(verb, o);
        }
        return sign(s, neg, body, true);
    }

    /** d.ddddde±XX with {@code prec} fraction digits. */
    private static String expForm(BigDecimal v, int prec) {
        if (v.signum() == 0) {
            return "0" + (prec > 0 ? "." + "0".repeat(prec) : "") + "e+00";
        }
        BigDecimal r = v.round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        digits = (digits + "0".repeat(prec + 1)).substring(0, prec + 1);
        StringBuilder sb = new StringBuilder().append(digits.charAt(0));
        if (prec > 0) {
            sb.append('.').append(digits, 1, prec + 1);
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        if (Math.abs(exp) < 10) {
            sb.append('0');
        }
        return sb.append(Math.abs(exp)).toString();
    }

    /** Go's %v / %g with shortest representation: exponent form when exp &lt; -4 or exp &gt;= 6 (strconv 'g', -1). */
    static String shortestG(double a, boolean upper) {
        if (a == 0) {
            return "0";
        }
        BigDecimal v = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        int digits = v.precision();
        int exp = digits - 1 - v.scale();
        int eprec = 6;
        String r;
        if (exp < -4 || exp >= eprec) {
            r = expForm(v, digits - 1);
        } else {
            r = v.toPlainString();
        }
        return upper ? r.toUpperCase() : r;
    }

    private static String precG(double a, int prec, boolean upper) {
        if (prec == 0) {
            prec = 1;
        }
        if (a == 0) {
            return "0";
        }
        BigDecimal v = new BigDecimal(a).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = v.precision() - 1 - v.scale();
        String r;
        if (exp < -4 || exp >= prec) {
            v = v.stripTrailingZeros();
            r = expForm(v, Math.max(0, v.precision() - 1));
        } else {
            r = v.stripTrailingZeros().toPlainString();
        }
        return upper ? r.toUpperCase() : r;
    }

    private static String string(Spec s, int verb, String v) {
        switch (verb) {
            case 's', 'v' -> {
                if (s.prec >= 0 && v.codePointCount(0, v.length()) > s.prec) {
                    return v.substring(0, v.offsetByCodePoints(0, s.prec));
                }
                return v;
            }
            case 'q' -> {
                return Values.quoteGo(v);
            }
            case 'x', 'X' -> {
                StringBuilder sb = new StringBuilder();
                for (byte b : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append(String.format(verb == 'x' ? "%02x" : "%02X", b & 0xff));
                }
                return sb.toString();
            }
            default -> {
                return bad(verb, v);
            }
        }
    }

    private static String pad(Spec s, String body) {
        if (s.width < 0) {
            return body;
        }
        int len = body.codePointCount(0, body.length());
        if (len >= s.width) {
            return body;
        }
        String fill = " ".repeat(s.width - len);
        return s.minus ? body + fill : body.startsWith("%!") ? body : fill + body;
    }
}
