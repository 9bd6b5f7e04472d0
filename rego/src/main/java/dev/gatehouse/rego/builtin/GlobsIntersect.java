package dev.gatehouse.rego.builtin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code regex.globs_match}: whether two "globs" (regex subset: literals, {@code .}, classes
 * {@code [...]}, quantifiers {@code *} and {@code +}, {@code \} escapes) share a matching string.
 * Decided by reachability in the product of the two token automata.
 */
final class GlobsIntersect {
    private GlobsIntersect() {
    }

    /** One position: a character predicate, optionally repeated ({@code star}). */
    private record Token(boolean any, boolean negated, List<int[]> ranges, boolean star) {
        boolean matches(int c) {
            if (any) {
                return true;
            }
            boolean in = false;
            for (int[] r : ranges) {
                if (c >= r[0] && c <= r[1]) {
                    in = true;
                    break;
                }
            }
            return in != negated;
        }
    }

    static boolean intersects(String a, String b) throws BuiltinException {
        List<Token> x = parse(a);
        List<Token> y = parse(b);
        Set<Long> seen = new HashSet<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {0, 0});
        while (!queue.isEmpty()) {
            int[] s = queue.poll();
            int i = s[0];
            int j = s[1];
            if (!seen.add(((long) i << 32) | j)) {
                continue;
            }
            if (i == x.size() && j == y.size()) {
                return true;
            }
            if (i < x.size() && x.get(i).star()) {
                queue.add(new int[] {i + 1, j});
            }
            if (j < y.size() && y.get(j).star()) {
                queue.add(new int[] {i, j + 1});
            }
            if (i < x.size() && j < y.size() && overlap(x.get(i), y.get(j))) {
                queue.add(new int[] {x.get(i).star() ? i : i + 1, y.get(j).star() ? j : j + 1});
            }
        }
        return false;
    }

    private static boolean overlap(Token p, Token q) {
        TreeSet<Integer> candidates = new TreeSet<>(List.of(0, 32, 48, 97, 65, 0x7f, 0xffff, 0x10ffff));
        for (Token t : List.of(p, q)) {
            for (int[] r : t.ranges()) {
                for (int c : new int[] {r[0] - 1, r[0], r[1], r[1] + 1}) {
                    if (c >= 0 && c <= 0x10ffff) {
                        candidates.add(c);
                    }
                }
            }
        }
        for (int c : candidates) {
            if (p.matches(c) && q.matches(c)) {
                return true;
            }
        }
        return false;
    }

    private static BuiltinException invalid(String in, int pos, String why) {
        return BuiltinException.builtinError("regex.globs_match: input:" + in + ", pos:" + pos + ", " + why
                + ": the input provided is invalid");
    }

    private static List<Token> parse(String g) throws BuiltinException {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < g.length()) {
            int c = g.codePointAt(i);
            int n = Character.charCount(c);
            Token t;
            if (c == '.') {
                t = new Token(true, false, List.of(), false);
                i += n;
            } else if (c == '[') {
                int j = i + 1;
                boolean neg = j < g.length() && g.charAt(j) == '^';
                if (neg) {
                    j++;
                }
                List<int[]> ranges = new ArrayList<>();
                boolean closed = false;
                while (j < g.length()) {
                    int d = g.codePointAt(j);
                    if (d == ']') {
                        closed = true;
                        j++;
                        break;
                    }
                    if (d == '\\' && j + 1 < g.length()) {
                        j++;
                        d = g.codePointAt(j);
                    }
                    j += Character.charCount(d);
                    int hi = d;
                    if (j + 1 < g.length() && g.charAt(j) == '-' && g.charAt(j + 1) != ']') {
                        hi = g.codePointAt(j + 1);
                        j += 1 + Character.charCount(hi);
                    }
                    ranges.add(new int[] {d, hi});
                }
                if (!closed) {
                    throw invalid(g, j, "set-open '[' with no closing ']'");
                }
                t = new Token(false, neg, ranges, false);
                i = j;
            } else if (c == ']') {
                throw invalid(g, i + 1, "set-close ']' with no preceding '['");
            } else if (c == '*' || c == '+') {
                throw invalid(g, i + 1, "quantifier '" + (char) c + "' with nothing to repeat");
            } else {
                if (c == '\\' && i + 1 < g.length()) {
                    i += 1;
                    c = g.codePointAt(i);
                    n = Character.charCount(c);
                }
                t = new Token(false, false, List.of(new int[] {c, c}), false);
                i += n;
            }
            if (i < g.length() && (g.charAt(i) == '*' || g.charAt(i) == '+')) {
                boolean plus = g.charAt(i) == '+';
                i++;
                if (plus) {
                    out.add(t);
                }
                t = new Token(t.any(), t.negated(), t.ranges(), true);
            }
            out.add(t);
        }
        return out;
    }
}
