package dev.gatehouse.rego.builtin;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code regex.*} builtins with RE2 semantics (re2j) and Go's {@code regexp} iteration rules. */
final class RegexBuiltins {
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private RegexBuiltins() {
    }

    /** Compiles (cached) or throws OPA's builtin error naming {@code fn}. */
    static Pattern compile(String fn, String pattern) throws BuiltinException {
        Object p = CACHE.get(pattern);
        if (p == null) {
            try {
                p = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                p = e.getMessage();
            }
            if (CACHE.size() > 2000) {
                CACHE.clear();
            }
            CACHE.put(pattern, p);
        }
        if (p instanceof String err) {
            throw BuiltinException.builtinError(fn + ": " + err);
        }
        return (Pattern) p;
    }

    static void register(Builtins.Builder b) {
        b.function("regex.match", (a, c) -> BooleanValue.of(compile("regex.match", Args.string("regex.match", a, 0))
                .matcher(Args.string("regex.match", a, 1)).find()));
        b.function("re_match", (a, c) -> BooleanValue.of(compile("re_match", Args.string("re_match", a, 0))
                .matcher(Args.string("re_match", a, 1)).find()));
        b.function("regex.is_valid", (a, c) -> {
            if (!(a.get(0) instanceof StringValue s)) {
                return BooleanValue.FALSE;
            }
            try {
                compile("regex.is_valid", s.value());
                return BooleanValue.TRUE;
            } catch (BuiltinException e) {
                return BooleanValue.FALSE;
            }
        });
        b.function("regex.split", (a, c) -> {
            Pattern p = compile("regex.split", Args.string("regex.split", a, 0));
            String s = Args.string("regex.split", a, 1);
            List<Value> out = new ArrayList<>();
            if (s.isEmpty()) {
                return ArrayValue.of(new Value[] {StringValue.EMPTY});
            }
            int beg = 0;
            int end = 0;
            for (int[] m : findAll(p, s, -1)) {
                end = m[0];
                if (m[1] != 0) {
                    out.add(StringValue.of(s.substring(beg, end)));
                }
                beg = m[1];
            }
            if (end != s.length()) {
                out.add(StringValue.of(s.substring(beg)));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("regex.find_n", (a, c) -> {
            Pattern p = compile("regex.find_n", Args.string("regex.find_n", a, 0));
            String s = Args.string("regex.find_n", a, 1);
            int n = Args.integer("regex.find_n", a, 2);
            List<Value> out = new ArrayList<>();
            for (int[] m : findAll(p, s, n)) {
                out.add(StringValue.of(s.substring(m[0], m[1])));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("regex.find_all_string_submatch_n", (a, c) -> {
            String fn = "regex.find_all_string_submatch_n";
            Pattern p = compile(fn, Args.string(fn, a, 0));
            String s = Args.string(fn, a, 1);
            int n = Args.integer(fn, a, 2);
            List<Value> out = new ArrayList<>();
            for (int[] m : findAll(p, s, n)) {
                Value[] groups = new Value[m.length / 2];
                for (int g = 0; g < groups.length; g++) {
                    groups[g] = StringValue.of(m[2 * g] < 0 ? "" : s.substring(m[2 * g], m[2 * g + 1]));
                }
                out.add(ArrayValue.of(groups));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("regex.replace", (a, c) -> {
            String s = Args.string("regex.replace", a, 0);
            Pattern p = compile("regex.replace", Args.string("regex.replace", a, 1));
            String repl = Args.string("regex.replace", a, 2);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            for (int[] m : findAll(p, s, -1)) {
                sb.append(s, last, m[0]);
                expand(sb, repl, s, m, p);
                last = m[1];
            }
            sb.append(s, last, s.length());
            return StringValue.of(sb.toString());
        });
        b.function("regex.template_match", (a, c) -> {
            String fn = "regex.template_match";
            String tmpl = Args.string(fn, a, 0);
            String s = Args.string(fn, a, 1);
            String open = Args.string(fn, a, 2);
            String close = Args.string(fn, a, 3);
            return BooleanValue.of(compile(fn, template(fn, tmpl, open, close)).matcher(s).find());
        });
        b.function("regex.globs_match", (a, c) -> BooleanValue.of(GlobsIntersect.intersects(
                Args.string("regex.globs_match", a, 0), Args.string("regex.globs_match", a, 1))));
    }

    /** Go's FindAllStringSubmatchIndex: non-overlapping, empty matches abutting a previous match skipped. */
    static List<int[]> findAll(Pattern p, String s, int n) {
        List<int[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        Matcher m = p.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while (pos <= s.length() && (n < 0 || out.size() < n)) {
            if (!m.find(pos)) {
                break;
            }
            int st = m.start();
            int en = m.end();
            if (st == en && st == prevEnd) {
                if (st >= s.length()) {
                    break;
                }
                pos = st + Character.charCount(s.codePointAt(st));
                continue;
            }
            int[] g = new int[2 * (m.groupCount() + 1)];
            for (int i = 0; i <= m.groupCount(); i++) {
                g[2 * i] = m.start(i);
                g[2 * i + 1] = m.end(i);
            }
            out.add(g);
            prevEnd = en;
            if (st == en) {
                if (en >= s.length()) {
                    break;
                }
                pos = en + Character.charCount(s.codePointAt(en));
            } else {
                pos = en;
            }
        }
        return out;
    }

    /** Go's {@code Regexp.Expand}: {@code $1}, {@code ${name}}, {@code $$}; {@code $1x} names group "1x". */
    private static void expand(StringBuilder sb, String tmpl, String s, int[] m, Pattern p) {
        for (int i = 0; i < tmpl.length(); i++) {
            char ch = tmpl.charAt(i);
            if (ch != '$' || i + 1 >= tmpl.length()) {
                sb.append(ch);
                continue;
            }
            char nx = tmpl.charAt(i + 1);
            if (nx == '$') {
                sb.append('$');
                i++;
                continue;
            }
            String name;
            int j;
            if (nx == '{') {
                int close = tmpl.indexOf('}', i + 2);
                if (close < 0) {
                    sb.append(ch);
                    continue;
                }
                name = tmpl.substring(i + 2, close);
                j = close + 1;
            } else {
                j = i + 1;
                while (j < tmpl.length() && (Character.isLetterOrDigit(tmpl.charAt(j)) || tmpl.charAt(j) == '_')) {
                    j++;
                }
                name = tmpl.substring(i + 1, j);
            }
            if (name.isEmpty()) {
                sb.append(ch);
                continue;
            }
            int group = -1;
            if (name.chars().allMatch(Character::isDigit)) {
                try {
                    group = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    group = -1;
                }
            } else {
                Integer gi = p.namedGroups().get(name);
                group = gi == null ? -1 : gi;
            }
            if (group >= 0 && 2 * group + 1 < m.length && m[2 * group] >= 0) {
                sb.append(s, m[2 * group], m[2 * group + 1]);
            }
            i = j - 1;
        }
    }

    /** Builds the anchored regex of a template: delimited parts are regexes, the rest literal. */
    private static String template(String fn, String tmpl, String open, String close) throws BuiltinException {
        StringBuilder sb = new StringBuilder("^");
        int i = 0;
        while (i < tmpl.length()) {
            int o = tmpl.indexOf(open, i);
            if (o < 0) {
                sb.append(Pattern.quote(tmpl.substring(i)));
                break;
            }
            sb.append(Pattern.quote(tmpl.substring(i, o)));
            int depth = 0;
            int k = o;
            int end = -1;
            while (k < tmpl.length()) {
                if (tmpl.startsWith(open, k)) {
                    depth++;
                    k += open.length();
                } else if (tmpl.startsWith(close, k)) {
                    depth--;
                    if (depth == 0) {
                        end = k;
                        break;
                    }
                    k += close.length();
                } else {
                    k++;
                }
            }
            if (end < 0) {
                throw BuiltinException.builtinError(fn + ": unbalanced braces in " + Args.str(tmpl));
            }
            sb.append('(').append(tmpl, o + open.length(), end).append(')');
            i = end + close.length();
        }
        return sb.append('$').toString();
    }
}
