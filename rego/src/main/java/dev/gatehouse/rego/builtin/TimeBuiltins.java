package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** {@code time.*} builtins: nanosecond timestamps, Go layouts, IANA zones. */
final class TimeBuiltins {
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Map<String, String> LAYOUTS = Map.ofEntries(
            Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"), Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
            Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"), Map.entry("RFC822", "02 Jan 06 15:04 MST"),
            Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"), Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
            Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"), Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
            Map.entry("RFC3339", "2006-01-02T15:04:05Z07:00"), Map.entry("RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"),
            Map.entry("Kitchen", "3:04PM"), Map.entry("Stamp", "Jan _2 15:04:05"), Map.entry("StampMilli", "Jan _2 15:04:05.000"),
            Map.entry("StampMicro", "Jan _2 15:04:05.000000"), Map.entry("StampNano", "Jan _2 15:04:05.000000000"),
            Map.entry("DateTime", "2006-01-02 15:04:05"), Map.entry("DateOnly", "2006-01-02"), Map.entry("TimeOnly", "15:04:05"));

    private TimeBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("time.now_ns", (a, c) -> NumberValue.of(c.nowNanos()));
        b.function("time.parse_rfc3339_ns", (a, c) -> parse("time.parse_rfc3339_ns", LAYOUTS.get("RFC3339"),
                Args.string("time.parse_rfc3339_ns", a, 0)));
        b.function("time.parse_ns", (a, c) -> parse("time.parse_ns", layout(Args.string("time.parse_ns", a, 0)),
                Args.string("time.parse_ns", a, 1)));
        b.function("time.parse_duration_ns", (a, c) -> NumberValue.of(
                GoDuration.parse(Args.string("time.parse_duration_ns", a, 0))));
        b.function("time.date", (a, c) -> {
            ZonedDateTime t = time("time.date", a.get(0));
            return ArrayValue.of(new Value[] {NumberValue.of(t.getYear()), NumberValue.of(t.getMonthValue()),
                NumberValue.of(t.getDayOfMonth())});
        });
        b.function("time.clock", (a, c) -> {
            ZonedDateTime t = time("time.clock", a.get(0));
            return ArrayValue.of(new Value[] {NumberValue.of(t.getHour()), NumberValue.of(t.getMinute()),
                NumberValue.of(t.getSecond())});
        });
        b.function("time.weekday", (a, c) -> StringValue.of(time("time.weekday", a.get(0)).getDayOfWeek()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        b.function("time.format", (a, c) -> {
            Value v = a.get(0);
            String layout = LAYOUTS.get("RFC3339Nano");
            if (v instanceof ArrayValue arr && arr.size() == 3) {
                if (!(arr.get(2) instanceof StringValue l)) {
                    throw BuiltinException.typeError("time.format: layout must be a string");
                }
                layout = layout(l.value());
            }
            return StringValue.of(GoTime.format(time("time.format", v), layout));
        });
        b.function("time.add_date", (a, c) -> {
            ZonedDateTime t = time("time.add_date", a.get(0));
            long y = Args.number("time.add_date", a, 1).longValue();
            long m = Args.number("time.add_date", a, 2).longValue();
            long d = Args.number("time.add_date", a, 3).longValue();
            long months = (t.getYear() + y) * 12 + (t.getMonthValue() - 1) + m;
            try {
                LocalDate date = LocalDate.of((int) Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1, 1)
                        .plusDays(t.getDayOfMonth() - 1 + d);
                ZonedDateTime r = ZonedDateTime.of(date, t.toLocalTime(), t.getZone());
                return nanos("time.add_date", r.toInstant());
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw BuiltinException.builtinError("time.add_date: time outside of valid range");
            }
        });
        b.function("time.diff", (a, c) -> {
            ZonedDateTime t1 = time("time.diff", a.get(0));
            ZonedDateTime t2 = time("time.diff", a.get(1)).withZoneSameInstant(t1.getZone());
            if (t1.isAfter(t2)) {
                ZonedDateTime x = t1;
                t1 = t2;
                t2 = x;
            }
            long year = t2.getYear() - t1.getYear();
            long month = t2.getMonthValue() - t1.getMonthValue();
            long day = t2.getDayOfMonth() - t1.getDayOfMonth();
            long hour = t2.getHour() - t1.getHour();
            long min = t2.getMinute() - t1.getMinute();
            long sec = t2.getSecond() - t1.getSecond();
            if (sec < 0) {
                sec += 60;
                min--;
            }
            if (min < 0) {
                min += 60;
                hour--;
            }
            if (hour < 0) {
                hour += 24;
                day--;
            }
            if (day < 0) {
                day += LocalDate.of(t1.getYear(), t1.getMonthValue(), 1).lengthOfMonth();
                month--;
            }
            if (month < 0) {
                month += 12;
                year--;
            }
            return ArrayValue.of(new Value[] {NumberValue.of(year), NumberValue.of(month), NumberValue.of(day),
                NumberValue.of(hour), NumberValue.of(min), NumberValue.of(sec)});
        });
    }

    private static String layout(String name) {
        return LAYOUTS.getOrDefault(name, name);
    }

    private static Value parse(String fn, String layout, String value) throws BuiltinException {
        ZonedDateTime t;
        try {
            t = GoTime.parse(layout, value);
        } catch (GoTime.ParseError e) {
            throw BuiltinException.builtinError(fn + ": " + e.getMessage());
        }
        return nanos(fn, t.toInstant());
    }

    private static Value nanos(String fn, Instant i) throws BuiltinException {
        BigInteger ns = BigInteger.valueOf(i.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(i.getNano()));
        if (ns.compareTo(MIN) < 0 || ns.compareTo(MAX) > 0) {
            throw BuiltinException.builtinError(fn + ": time outside of valid range");
        }
        return NumberValue.of(ns.longValue());
    }

    /** The time of a {@code ns} or {@code [ns, tz]} / {@code [ns, tz, layout]} operand. */
    static ZonedDateTime time(String fn, Value v) throws BuiltinException {
        Value ns = v;
        ZoneId zone = ZoneOffset.UTC;
        if (v instanceof ArrayValue arr) {
            if (arr.size() < 1 || arr.size() > 3) {
                throw BuiltinException.typeError(fn + ": operand 1 must be one of {number, array} of at most 3 elements");
            }
            ns = arr.get(0);
            if (arr.size() > 1) {
                if (!(arr.get(1) instanceof StringValue tz)) {
                    throw BuiltinException.typeError(fn + ": timezone must be a string");
                }
                zone = zone(fn, tz.value());
            }
        } else if (!(v instanceof NumberValue)) {
            throw Args.typeError(fn, 0, v, "number", "array");
        }
        if (!(ns instanceof NumberValue n)) {
            throw Args.typeError(fn, 0, ns, "number");
        }
        BigInteger bi = n.bigDecimal().toBigInteger();
        if (bi.compareTo(MAX) > 0 || bi.compareTo(MIN) < 0) {
            throw BuiltinException.builtinError(fn + ": timestamp too big");
        }
        long x = bi.longValue();
        return Instant.ofEpochSecond(Math.floorDiv(x, 1_000_000_000L), Math.floorMod(x, 1_000_000_000L)).atZone(zone);
    }

    private static ZoneId zone(String fn, String tz) throws BuiltinException {
        if (tz.isEmpty() || tz.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (tz.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(tz);
        } catch (java.time.DateTimeException e) {
            throw BuiltinException.builtinError(fn + ": unknown time zone " + tz);
        }
    }
}
