package dev.gatehouse.console.overview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.audit.AuditMinuteCount;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls per decision over a recent window, in equal buckets ending with the one that holds
 * {@code now}, and the Chart.js configuration (stacked bars) that draws them. Buckets are
 * aligned to whole multiples of their size in UTC, so the chart does not shift between
 * refreshes within a bucket; counts outside the window are ignored.
 */
public final class CallChart {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** One bar: the bucket's start and its counts. */
    public record Bucket(Instant start, long allowed, long denied, long errors) {
        public long total() {
            return allowed + denied + errors;
        }
    }

    private final List<Bucket> buckets;

    private CallChart(List<Bucket> buckets) {
        this.buckets = List.copyOf(buckets);
    }

    /**
     * Buckets {@code size} long covering {@code window} up to {@code now}.
     *
     * @param counts per-minute counts from the audit store, in any order
     */
    public static CallChart of(List<AuditMinuteCount> counts, Instant now, Duration window, Duration size) {
        long sizeMinutes = size.toMinutes();
        if (sizeMinutes < 1 || window.toMinutes() % sizeMinutes != 0) {
            throw new IllegalArgumentException("the window must be a whole number of buckets of whole minutes");
        }
        int n = (int) (window.toMinutes() / sizeMinutes);
        Instant first = since(now, window, size);
        Instant end = first.plus(window);
        long[][] tally = new long[n][3];
        for (AuditMinuteCount count : counts) {
            if (count.minute().isBefore(first) || !count.minute().isBefore(end)) {
                continue;
            }
            int index = (int) (Duration.between(first, count.minute()).toMinutes() / sizeMinutes);
            int kind = switch (count.decision()) {
                case "allow" -> 0;
                case "deny" -> 1;
                default -> 2;
            };
            tally[index][kind] += count.count();
        }
        List<Bucket> buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            buckets.add(new Bucket(first.plus(size.multipliedBy(i)), tally[i][0], tally[i][1], tally[i][2]));
        }
        return new CallChart(buckets);
    }

    /** The first bucket's start: the store is asked for counts from here. */
    public static Instant since(Instant now, Duration window, Duration size) {
        long sizeMinutes = size.toMinutes();
        long minuteNow = Math.floorDiv(now.getEpochSecond(), 60);
        Instant lastStart = Instant.ofEpochSecond((minuteNow - Math.floorMod(minuteNow, sizeMinutes)) * 60);
        return lastStart.minus(window).plus(size);
    }

    public List<Bucket> buckets() {
        return buckets;
    }

    /** Every call in the window. */
    public long total() {
        return buckets.stream().mapToLong(Bucket::total).sum();
    }

    public long allowed() {
        return buckets.stream().mapToLong(Bucket::allowed).sum();
    }

    public long denied() {
        return buckets.stream().mapToLong(Bucket::denied).sum();
    }

    public long errors() {
        return buckets.stream().mapToLong(Bucket::errors).sum();
    }

    /** The Chart.js configuration: stacked bars for allowed, denied and failed calls, labelled by UTC start time. */
    public String json() {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        buckets.forEach(b -> labels.add(LABEL.format(b.start())));
        ArrayNode sets = data.putArray("datasets");
        dataset(sets, "Allowed", "#22c55e", buckets.stream().mapToLong(Bucket::allowed).toArray());
        dataset(sets, "Denied", "#ef4444", buckets.stream().mapToLong(Bucket::denied).toArray());
        dataset(sets, "Errors", "#f59e0b", buckets.stream().mapToLong(Bucket::errors).toArray());
        ObjectNode options = config.putObject("options");
        options.put("responsive", true).put("maintainAspectRatio", false).put("animation", false);
        ObjectNode scales = options.putObject("scales");
        scales.putObject("x").put("stacked", true).putObject("grid").put("display", false);
        ObjectNode y = scales.putObject("y").put("stacked", true).put("beginAtZero", true);
        y.putObject("ticks").put("precision", 0);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config.toString();
    }

    private static void dataset(ArrayNode sets, String label, String colour, long[] values) {
        ObjectNode set = sets.addObject().put("label", label).put("backgroundColor", colour).put("borderRadius", 3);
        ArrayNode data = set.putArray("data");
        for (long v : values) {
            data.add(v);
        }
    }
}
