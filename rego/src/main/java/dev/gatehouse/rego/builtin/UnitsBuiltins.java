package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.NumberValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code units.parse} (SI/binary suffixes, {@code m} is milli) and {@code units.parse_bytes}. */
final class UnitsBuiltins {
    private static final BigDecimal K = BigDecimal.valueOf(1000);
    private static final BigDecimal KI = BigDecimal.valueOf(1024);

    private UnitsBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("units.parse", (a, c) -> {
            String[] nu = split("units.parse", Args.string("units.parse", a, 0), "no amount provided");
            String unit = nu[1].length() > 1 ? nu[1].charAt(0) + nu[1].substring(1).toLowerCase() : nu[1];
            BigDecimal mult;
            if (unit.equals("m")) {
                mult = new BigDecimal("0.001");
            } else if (unit.isEmpty()) {
                mult = BigDecimal.ONE;
            } else {
                mult = multiplier(unit.toLowerCase(), false);
                if (mult == null) {
                    throw BuiltinException.builtinError("units.parse: unknown unit " + nu[1]);
                }
            }
            BigDecimal n = number("units.parse", nu[0], "could not parse amount to a number");
            return NumberValue.of(n.multiply(mult));
        });
        b.function("units.parse_bytes", (a, c) -> {
            String[] nu = split("units.parse_bytes", Args.string("units.parse_bytes", a, 0), "no byte amount provided");
            BigDecimal mult = multiplier(nu[1].toLowerCase(), true);
            if (mult == null) {
                throw BuiltinException.builtinError("units.parse_bytes: byte unit " + nu[1] + " not recognized");
            }
            BigDecimal n = number("units.parse_bytes", nu[0], "could not parse byte amount to a number");
            return NumberValue.of(n.multiply(mult).setScale(0, RoundingMode.DOWN));
        });
    }

    private static String[] split(String fn, String raw, String noAmount) throws BuiltinException {
        String s = raw.replace("\"", "");
        if (s.contains(" ")) {
            throw BuiltinException.builtinError(fn + ": spaces not allowed in resource strings");
        }
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9' || ch == '.' || ch == '+' || ch == '-') {
                i++;
            } else if ((ch == 'e' || ch == 'E') && i > 0 && i + 1 < s.length()
                    && (Character.isDigit(s.charAt(i + 1))
                    || (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') && i + 2 < s.length()
                    && Character.isDigit(s.charAt(i + 2)))) {
                i += 2;
            } else {
                break;
            }
        }
        if (i == 0) {
            throw BuiltinException.builtinError(fn + ": " + noAmount);
        }
        return new String[] {s.substring(0, i), s.substring(i)};
    }

    private static BigDecimal number(String fn, String s, String bad) throws BuiltinException {
        BigDecimal n;
        try {
            n = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw BuiltinException.builtinError(fn + ": " + bad);
        }
        if (Math.abs(n.scale()) > 1000) {
            throw BuiltinException.builtinError(fn + ": exponent too large");
        }
        return n;
    }

    /** Multiplier for a lower-cased suffix; {@code bytes} also accepts a trailing "b". */
    private static BigDecimal multiplier(String u, boolean bytes) {
        if (bytes && u.endsWith("b")) {
            u = u.substring(0, u.length() - 1);
        }
        if (u.isEmpty()) {
            return BigDecimal.ONE;
        }
        boolean binary = u.endsWith("i");
        String p = binary ? u.substring(0, u.length() - 1) : u;
        int exp = switch (p) {
            case "k" -> 1;
            case "m" -> 2;
            case "g" -> 3;
            case "t" -> 4;
            case "p" -> 5;
            case "e" -> 6;
            default -> -1;
        };
        if (exp < 0 || p.length() != 1) {
            return null;
        }
        return (binary ? KI : K).pow(exp);
    }
}
