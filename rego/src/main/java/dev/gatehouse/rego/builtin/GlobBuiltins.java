package dev.gatehouse.rego.builtin;

import com.google.re2j.Pattern;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code glob.match} and {@code glob.quote_meta} with gobwas/glob semantics, compiled to RE2. */
final class GlobBuiltins {
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
    private static final String SPECIAL = "*?\\[]{}";

    private GlobBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("glob.quote_meta", (a, c) -> {
            String s = Args.string("glob.quote_meta", a, 0);
            StringBuilder sb = new StringBuilder();
            for (char ch : s.toCharArray()) {
                if (SPECIAL.indexOf(ch) >= 0) {
                    sb.append('\\');
                }
                sb.append(ch);
            }
            return StringValue.of(sb.toString());
        });
        b.function("glob.match", (a, c) -> {
            String pattern = Args.string("glob.match", a, 0);
            Value d = a.get(1);
            List<String> delims = new ArrayList<>();
            if (d instanceof ArrayValue arr) {
                for (Value v : arr.asList()) {
                    if (!(v instanceof StringValue s)) {
                        throw BuiltinException.typeError("glob.match: operand 2 must be array of strings but got array "
                                + "containing " + v.typeName());
                    }
                    delims.add(s.value());
                }
                if (delims.isEmpty()) {
                    delims.add(".");
                }
            } else if (!(d instanceof NullValue)) {
                throw Args.typeError("glob.match", 1, d, "array", "null");
            }
            String s = Args.string("glob.match", a, 2);
            String key = pattern + "\u0000" + String.join("\u0000", delims);
            Object p = CACHE.get(key);
            if (p == null) {
                try {
                    p = Pattern.compile(toRegex(pattern, delims), Pattern.DOTALL);
                } catch (RuntimeException | BuiltinException e) {
                    p = "glob.match: " + e.getMessage();
                }
                if (CACHE.size() > 2000) {
                    CACHE.clear();
                }
                CACHE.put(key, p);
            }
            if (p instanceof String err) {
                throw BuiltinException.builtinError(err);
            }
            return BooleanValue.of(((Pattern) p).matches(s));
        });
    }

    /** Translates a glob to an anchored RE2 pattern. */
    static String toRegex(String g, List<String> delims) throws BuiltinException {
        StringBuilder sep = new StringBuilder();
        for (String d : delims) {
            for (char ch : d.toCharArray()) {
                sep.append(classChar(ch));
            }
        }
        String notSep = sep.isEmpty() ? "." : "[^" + sep + "]";
        StringBuilder sb = new StringBuilder();
        int[] pos = {0};
        translate(g, pos, sb, notSep, false);
        return sb.toString();
    }

    private static void translate(String g, int[] pos, StringBuilder sb, String notSep, boolean inAlt)
            throws BuiltinException {
        while (pos[0] < g.length()) {
            char c = g.charAt(pos[0]);
            if (inAlt && (c == ',' || c == '}')) {
                return;
            }
            pos[0]++;
            switch (c) {
                case '*' -> {
                    if (pos[0] < g.length() && g.charAt(pos[0]) == '*') {
                        while (pos[0] < g.length() && g.charAt(pos[0]) == '*') {
                            pos[0]++;
                        }
                        sb.append(".*");
                    } else {
                        sb.append(notSep).append('*');
                    }
                }
                case '?' -> sb.append(notSep);
                case '\\' -> {
                    if (pos[0] >= g.length()) {
                        throw BuiltinException.builtinError("glob.match: unexpected end of input");
                    }
                    sb.append(Pattern.quote(String.valueOf(g.charAt(pos[0]++))));
                }
                case '[' -> {
                    int end = g.indexOf(']', pos[0]);
                    if (end < 0) {
                        throw BuiltinException.builtinError("glob.match: unexpected end of input");
                    }
                    String body = g.substring(pos[0], end);
                    pos[0] = end + 1;
                    boolean neg = body.startsWith("!");
                    if (neg) {
                        body = body.substring(1);
                    }
                    StringBuilder cls = new StringBuilder(neg ? "[^" : "[");
                    for (char ch : body.toCharArray()) {
                        cls.append(ch == '-' ? "-" : classChar(ch));
                    }
                    sb.append(cls).append(']');
                }
                case '{' -> {
                    sb.append("(?:");
                    boolean first = true;
                    while (true) {
                        if (!first) {
                            sb.append('|');
                        }
                        first = false;
                        translate(g, pos, sb, notSep, true);
                        if (pos[0] >= g.length()) {
                            throw BuiltinException.builtinError("glob.match: unexpected end of input");
                        }
                        char e = g.charAt(pos[0]++);
                        if (e == '}') {
                            break;
                        }
                    }
                    sb.append(')');
                }
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
    }

    private static String classChar(char ch) {
        return Character.isLetterOrDigit(ch) ? String.valueOf(ch) : String.format("\\x{%x}", (int) ch);
    }
}
