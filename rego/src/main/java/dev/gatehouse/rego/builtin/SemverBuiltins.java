package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Values;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code semver.is_valid} and {@code semver.compare} (Semantic Versioning 2.0.0 precedence). */
final class SemverBuiltins {
    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    private SemverBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("semver.is_valid", (a, c) -> BooleanValue.of(a.get(0) instanceof StringValue s
                && SEMVER.matcher(s.value()).matches()));
        b.function("semver.compare", (a, c) -> {
            Matcher x = parse(Args.string("semver.compare", a, 0), 1);
            Matcher y = parse(Args.string("semver.compare", a, 1), 2);
            return NumberValue.of(compare(x, y));
        });
    }

    private static Matcher parse(String s, int operand) throws BuiltinException {
        Matcher m = SEMVER.matcher(s);
        if (!m.matches()) {
            throw BuiltinException.builtinError("semver.compare: operand " + operand + ": string " + Values.quoteGo(s)
                    + " is not a valid SemVer");
        }
        return m;
    }

    private static int compare(Matcher x, Matcher y) {
        for (int g = 1; g <= 3; g++) {
            int c = new BigInteger(x.group(g)).compareTo(new BigInteger(y.group(g)));
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        String px = x.group(4);
        String py = y.group(4);
        if (px == null || py == null) {
            return px == null ? (py == null ? 0 : 1) : -1;
        }
        String[] ax = px.split("\\.");
        String[] ay = py.split("\\.");
        for (int i = 0; i < Math.min(ax.length, ay.length); i++) {
            boolean nx = ax[i].matches("\\d+");
            boolean ny = ay[i].matches("\\d+");
            int c;
            if (nx && ny) {
                c = new BigInteger(ax[i]).compareTo(new BigInteger(ay[i]));
            } else if (nx || ny) {
                c = nx ? -1 : 1;
            } else {
                c = ax[i].compareTo(ay[i]);
            }
            if (c != 0) {
                return Integer.signum(c);
            }
        }
        return Integer.signum(ax.length - ay.length);
    }
}
