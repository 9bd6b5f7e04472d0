package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.StringValue;

/** {@code trim*} builtins with Go's {@code strings.Trim*} semantics (cutsets are sets of code points). */
final class TrimBuiltins {
    private TrimBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("trim", (a, c) -> StringValue.of(trim(Args.string("trim", a, 0), Args.string("trim", a, 1),
                true, true)));
        b.function("trim_left", (a, c) -> StringValue.of(trim(Args.string("trim_left", a, 0),
                Args.string("trim_left", a, 1), true, false)));
        b.function("trim_right", (a, c) -> StringValue.of(trim(Args.string("trim_right", a, 0),
                Args.string("trim_right", a, 1), false, true)));
        b.function("trim_prefix", (a, c) -> {
            String s = Args.string("trim_prefix", a, 0);
            String p = Args.string("trim_prefix", a, 1);
            return StringValue.of(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        b.function("trim_suffix", (a, c) -> {
            String s = Args.string("trim_suffix", a, 0);
            String p = Args.string("trim_suffix", a, 1);
            return StringValue.of(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        b.function("trim_space", (a, c) -> {
            String s = Args.string("trim_space", a, 0);
            int st = 0;
            int en = s.length();
            while (st < en && isSpace(s.codePointAt(st))) {
                st += Character.charCount(s.codePointAt(st));
            }
            while (en > st && isSpace(s.codePointBefore(en))) {
                en -= Character.charCount(s.codePointBefore(en));
            }
            return StringValue.of(s.substring(st, en));
        });
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> cp > 0xff && Character.isSpaceChar(cp);
        };
    }

    static String trim(String s, String cutset, boolean left, boolean right) {
        int st = 0;
        int en = s.length();
        if (left) {
            while (st < en && cutset.indexOf(s.codePointAt(st)) >= 0) {
                st += Character.charCount(s.codePointAt(st));
            }
        }
        if (right) {
            while (en > st && cutset.indexOf(s.codePointBefore(en)) >= 0) {
                en -= Character.charCount(s.codePointBefore(en));
            }
        }
        return s.substring(st, en);
    }
}
