package dev.gatehouse.rego.builtin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Go's {@code time.Parse} over a layout's chunks: fields are read in layout order; zone-less values are UTC. */
final class GoTimeParser {
    private final String layout;
    private final String value;
    private int pos;
    private int year = 1;
    private int month = 1;
    private int day = 1;
    private int yday = -1;
    private int hour;
    private int minute;
    private int second;
    private int nano;
    private int pm = -1;
    private ZoneId zone = ZoneOffset.UTC;

    GoTimeParser(String layout, String value) {
        this.layout = layout;
        this.value = value;
    }

    private GoTime.ParseError err(String elem) {
        return new GoTime.ParseError("parsing time " + dev.gatehouse.rego.value.Values.quoteGo(value) + " as "
                + dev.gatehouse.rego.value.Values.quoteGo(layout) + ": cannot parse "
                + dev.gatehouse.rego.value.Values.quoteGo(value.substring(Math.min(pos, value.length())))
                + " as " + dev.gatehouse.rego.value.Values.quoteGo(elem));
    }

    private int num(String elem, int min, int max) throws GoTime.ParseError {
        int st = pos;
        while (pos < value.length() && pos - st < max && Character.isDigit(value.charAt(pos))) {
            pos++;
        }
        if (pos - st < min) {
            pos = st;
            throw err(elem);
        }
        return Integer.parseInt(value.substring(st, pos));
    }

    private int lookup(String elem, String[] names) throws GoTime.ParseError {
        for (int i = 0; i < names.length; i++) {
            if (value.regionMatches(true, pos, names[i], 0, names[i].length())) {
                pos += names[i].length();
                return i;
            }
        }
        throw err(elem);
    }

    ZonedDateTime run() throws GoTime.ParseError {
        String[] longMonths = new String[12];
        String[] shortMonths = new String[12];
        for (int m = 1; m <= 12; m++) {
            longMonths[m - 1] = java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            shortMonths[m - 1] = java.time.Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        String[] longDays = new String[7];
        String[] shortDays = new String[7];
        for (int d = 1; d <= 7; d++) {
            longDays[d - 1] = DayOfWeek.of(d).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            shortDays[d - 1] = DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        List<GoTime.Chunk> cs = GoTime.chunks(layout);
        for (int ci = 0; ci < cs.size(); ci++) {
            GoTime.Chunk ch = cs.get(ci);
            if (ch.std() == null) {
                String lit = ch.literal();
                if (!value.startsWith(lit, pos)) {
                    throw err(lit);
                }
                pos += lit.length();
                continue;
            }
            String s = ch.std();
            switch (s) {
                case "January" -> month = lookup(s, longMonths) + 1;
                case "Jan" -> month = lookup(s, shortMonths) + 1;
                case "Monday" -> lookup(s, longDays);
                case "Mon" -> lookup(s, shortDays);
                case "2006" -> year = num(s, 4, 4);
                case "06" -> {
                    int y = num(s, 2, 2);
                    year = y >= 69 ? 1900 + y : 2000 + y;
                }
                case "01" -> month = num(s, 2, 2);
                case "1" -> month = num(s, 1, 2);
                case "02" -> day = num(s, 2, 2);
                case "_2" -> {
                    if (pos < value.length() && value.charAt(pos) == ' ') {
                        pos++;
                    }
                    day = num(s, 1, 2);
                }
                case "2" -> day = num(s, 1, 2);
                case "002" -> yday = num(s, 3, 3);
                case "__2" -> {
                    while (pos < value.length() && value.charAt(pos) == ' ') {
                        pos++;
                    }
                    yday = num(s, 1, 3);
                }
                case "15" -> hour = num(s, 1, 2);
                case "03" -> hour = num(s, 2, 2);
                case "3" -> hour = num(s, 1, 2);
                case "04" -> minute = num(s, 2, 2);
                case "4" -> minute = num(s, 1, 2);
                case "05", "5" -> {
                    second = num(s, s.length(), 2);
                    boolean nextFrac = ci + 1 < cs.size() && cs.get(ci + 1).std() != null
                            && cs.get(ci + 1).std().startsWith("frac");
                    if (!nextFrac && pos + 1 < value.length() && (value.charAt(pos) == '.'
                            || value.charAt(pos) == ',') && Character.isDigit(value.charAt(pos + 1))) {
                        pos++;
                        nano = fraction();
                    }
                }
                case "PM", "pm" -> {
                    int r = lookup(s, new String[] {"AM", "PM"});
                    pm = r;
                }
                case "MST" -> {
                    int st = pos;
                    while (pos < value.length() && Character.isUpperCase(value.charAt(pos))) {
                        pos++;
                    }
                    if (pos - st < 3) {
                        pos = st;
                        throw err(s);
                    }
                    String abbr = value.substring(st, pos);
                    if (!abbr.equals("UTC") && !abbr.equals("GMT")) {
                        zone = ZoneOffset.UTC;
                    }
                }
                default -> {
                    if (s.startsWith("frac")) {
                        if (pos < value.length() && (value.charAt(pos) == '.' || value.charAt(pos) == ',')) {
                            pos++;
                            nano = fraction();
                        } else if (s.startsWith("frac0")) {
                            throw err(ch.literal() + "0".repeat(Integer.parseInt(s.substring(6))));
                        }
                    } else {
                        zone = parseZone(s);
                    }
                }
            }
        }
        if (pos != value.length()) {
            throw new GoTime.ParseError("parsing time " + dev.gatehouse.rego.value.Values.quoteGo(value)
                    + ": extra text: " + dev.gatehouse.rego.value.Values.quoteGo(value.substring(pos)));
        }
        if (pm == 1 && hour < 12) {
            hour += 12;
        } else if (pm == 0 && hour == 12) {
            hour = 0;
        }
        try {
            LocalDate d = yday > 0 ? LocalDate.ofYearDay(year, yday) : LocalDate.of(year, month, day);
            return ZonedDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), hour, minute, second, nano,
                    zone);
        } catch (java.time.DateTimeException e) {
            throw new GoTime.ParseError("parsing time " + dev.gatehouse.rego.value.Values.quoteGo(value)
                    + ": day out of range");
        }
    }

    private int fraction() {
        int st = pos;
        while (pos < value.length() && Character.isDigit(value.charAt(pos))) {
            pos++;
        }
        String d = (value.substring(st, pos) + "000000000").substring(0, 9);
        return Integer.parseInt(d);
    }

    private ZoneId parseZone(String s) throws GoTime.ParseError {
        if (s.startsWith("Z") && pos < value.length() && value.charAt(pos) == 'Z') {
            pos++;
            return ZoneOffset.UTC;
        }
        if (pos >= value.length() || value.charAt(pos) != '+' && value.charAt(pos) != '-') {
            throw err(s);
        }
        int sign = value.charAt(pos) == '-' ? -1 : 1;
        pos++;
        String kind = s.substring(1);
        int h = num(s, 2, 2);
        int m = 0;
        int sec = 0;
        if (!kind.equals("07")) {
            if (kind.contains(":")) {
                expect(':', s);
            }
            m = num(s, 2, 2);
        }
        if (kind.equals("07:00:00") || kind.equals("070000")) {
            if (kind.contains(":")) {
                expect(':', s);
            }
            sec = num(s, 2, 2);
        }
        return ZoneOffset.ofTotalSeconds(sign * (h * 3600 + m * 60 + sec));
    }

    private void expect(char c, String elem) throws GoTime.ParseError {
        if (pos >= value.length() || value.charAt(pos) != c) {
            throw err(elem);
        }
        pos++;
    }
}
