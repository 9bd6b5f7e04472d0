package dev.gatehouse.rego.builtin;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Go's reference-time layouts ({@code Mon Jan 2 15:04:05 MST 2006}) for formatting and parsing. */
final class GoTime {
    private GoTime() {
    }

    /** Thrown when a value does not match a layout. */
    static final class ParseError extends Exception {
        ParseError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Layout element: a literal or a standard chunk name. */
    record Chunk(String std, String literal) {
    }

    private static final String[] STDS = {"January", "Jan", "Monday", "Mon", "MST", "2006", "-07:00:00", "-070000",
        "-07:00", "-0700", "-07", "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07", "002", "__2", "_2", "01", "02",
        "03", "04", "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5"};

    static List<Chunk> chunks(String layout) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        outer:
        while (i < layout.length()) {
            char c = layout.charAt(i);
            if ((c == '.' || c == ',') && i + 1 < layout.length()
                    && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
                char d = layout.charAt(i + 1);
                int j = i + 1;
                while (j < layout.length() && layout.charAt(j) == d) {
                    j++;
                }
                if (j >= layout.length() || !Character.isDigit(layout.charAt(j))) {
                    flush(out, lit);
                    out.add(new Chunk((d == '0' ? "frac0:" : "frac9:") + (j - i - 1), String.valueOf(c)));
                    i = j;
                    continue;
                }
            }
            for (String s : STDS) {
                if (layout.startsWith(s, i)) {
                    if (s.equals("Jan") && layout.startsWith("January", i) || s.equals("Mon")
                            && layout.startsWith("Monday", i)) {
                        continue;
                    }
                    if ((s.equals("Mon") || s.equals("Jan") || s.equals("January") || s.equals("Monday"))
                            && i + s.length() < layout.length() && Character.isLowerCase(layout.charAt(i + s.length()))) {
                        continue;
                    }
                    flush(out, lit);
                    out.add(new Chunk(s, null));
                    i += s.length();
                    continue outer;
                }
            }
            lit.append(c);
            i++;
        }
        flush(out, lit);
        return out;
    }

    private static void flush(List<Chunk> out, StringBuilder lit) {
        if (!lit.isEmpty()) {
            out.add(new Chunk(null, lit.toString()));
            lit.setLength(0);
        }
    }

    static String format(ZonedDateTime t, String layout) {
        StringBuilder sb = new StringBuilder();
        for (Chunk ch : chunks(layout)) {
            if (ch.std() == null) {
                sb.append(ch.literal());
                continue;
            }
            String s = ch.std();
            int off = t.getOffset().getTotalSeconds();
            switch (s) {
                case "January" -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case "Jan" -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case "Monday" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case "Mon" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case "MST" -> sb.append(abbrev(t));
                case "2006" -> sb.append(String.format("%04d", t.getYear()));
                case "06" -> sb.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                case "01" -> sb.append(String.format("%02d", t.getMonthValue()));
                case "1" -> sb.append(t.getMonthValue());
                case "02" -> sb.append(String.format("%02d", t.getDayOfMonth()));
                case "2" -> sb.append(t.getDayOfMonth());
                case "_2" -> sb.append(String.format("%2d", t.getDayOfMonth()));
                case "002" -> sb.append(String.format("%03d", t.getDayOfYear()));
                case "__2" -> sb.append(String.format("%3d", t.getDayOfYear()));
                case "15" -> sb.append(String.format("%02d", t.getHour()));
                case "03" -> sb.append(String.format("%02d", h12(t.getHour())));
                case "3" -> sb.append(h12(t.getHour()));
                case "04" -> sb.append(String.format("%02d", t.getMinute()));
                case "4" -> sb.append(t.getMinute());
                case "05" -> sb.append(String.format("%02d", t.getSecond()));
                case "5" -> sb.append(t.getSecond());
                case "PM" -> sb.append(t.getHour() >= 12 ? "PM" : "AM");
                case "pm" -> sb.append(t.getHour() >= 12 ? "pm" : "am");
                default -> {
                    if (s.startsWith("frac")) {
                        int n = Integer.parseInt(s.substring(6));
                        String digits = String.format("%09d", t.getNano()).substring(0, Math.min(9, n));
                        if (s.startsWith("frac9")) {
                            digits = digits.replaceAll("0+$", "");
                            if (!digits.isEmpty()) {
                                sb.append(ch.literal()).append(digits);
                            }
                        } else {
                            sb.append(ch.literal()).append(digits);
                        }
                    } else {
                        zone(sb, s, off);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int h12(int h) {
        int r = h % 12;
        return r == 0 ? 12 : r;
    }

    private static String abbrev(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset o) {
            if (o.getTotalSeconds() == 0) {
                return "UTC";
            }
            return zoneString(o.getTotalSeconds());
        }
        String n = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
        String z = f.format(t);
        return z.startsWith("GMT") || z.startsWith("UTC") && z.length() > 3 ? zoneString(t.getOffset().getTotalSeconds())
                : z.isEmpty() ? n : z;
    }

    private static String zoneString(int off) {
        int m = Math.abs(off) / 60;
        String s = (off < 0 ? "-" : "+") + String.format("%02d", m / 60);
        return m % 60 == 0 ? s : s + String.format("%02d", m % 60);
    }

    private static void zone(StringBuilder sb, String s, int off) {
        if (s.startsWith("Z") && off == 0) {
            sb.append('Z');
            return;
        }
        int a = Math.abs(off);
        sb.append(off < 0 ? '-' : '+').append(String.format("%02d", a / 3600));
        String kind = s.substring(1);
        boolean colon = kind.contains(":");
        if (!kind.equals("07")) {
            if (colon) {
                sb.append(':');
            }
            sb.append(String.format("%02d", a / 60 % 60));
        }
        if (kind.equals("07:00:00") || kind.equals("070000")) {
            if (colon) {
                sb.append(':');
            }
            sb.append(String.format("%02d", a % 60));
        }
    }

    /** Parses {@code value} with {@code layout}; zone-less values are UTC. */
    static ZonedDateTime parse(String layout, String value) throws ParseError {
        return new GoTimeParser(layout, value).run();
    }
}
