package dev.gatehouse.rego.cli;

import dev.gatehouse.rego.EvalOptions;
import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ResultSet;
import dev.gatehouse.rego.builtin.Builtins;
import dev.gatehouse.rego.conformance.CaseResult;
import dev.gatehouse.rego.conformance.Conformance;
import dev.gatehouse.rego.conformance.ConformanceCase;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line: {@code eval -d FILE... [-i input.json] [--data data.json] [--strict] QUERY} and
 * {@code conformance DIR [--report FILE]}. Exit code 0 on success, 1 on evaluation or test failure, 2 on usage.
 */
public final class Main {
    private Main() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) {
            return usage(err);
        }
        return switch (args[0]) {
            case "eval" -> eval(args, out, err);
            case "conformance" -> conformance(args, out, err);
            default -> usage(err);
        };
    }

    private static int usage(PrintStream err) {
        err.println("usage: rego-cli eval -d FILE... [-i input.json] [--data data.json] [--strict] [--explain] QUERY");
        err.println("       rego-cli conformance DIR [--report FILE] [--skip skipped.txt] [--verbose]");
        return 2;
    }

    private static int eval(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> modules = new LinkedHashMap<>();
        Value input = null;
        Value data = null;
        boolean strict = false;
        boolean explain = false;
        String query = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "-d" -> {
                    Path p = Path.of(args[++i]);
                    if (p.toString().endsWith(".json")) {
                        data = Values.fromJson(Files.readString(p));
                    } else {
                        modules.put(p.toString(), Files.readString(p));
                    }
                }
                case "-i" -> input = Values.fromJson(Files.readString(Path.of(args[++i])));
                case "--data" -> data = Values.fromJson(Files.readString(Path.of(args[++i])));
                case "--strict" -> strict = true;
                case "--explain" -> explain = true;
                default -> query = args[i];
            }
        }
        if (query == null) {
            return usage(err);
        }
        try {
            PreparedPolicy p = PreparedPolicy.compile(modules, query, Builtins.standard());
            ResultSet rs = p.eval(EvalOptions.input(input).withData(data).withStrict(strict).withTrace(explain)
                .withPrint(err::println));
            out.println(rs.toJson());
            rs.trace().forEach(err::println);
            return 0;
        } catch (RegoException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int conformance(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 2) {
            return usage(err);
        }
        Path dir = Path.of(args[1]);
        Path report = null;
        boolean verbose = false;
        Map<String, String> skip = new java.util.HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--report")) {
                report = Path.of(args[++i]);
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            } else if (args[i].equals("--skip")) {
                for (String line : Files.readAllLines(Path.of(args[++i]))) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] parts = line.split(" \\| ", 3);
                        skip.put(parts[0].trim(), parts.length > 2 ? parts[2].trim() : "");
                    }
                }
            }
        }
        List<CaseResult> results = new ArrayList<>();
        int[] core = new int[2];
        int[] eligible = new int[2];
        for (ConformanceCase c : Conformance.load(dir)) {
            String reason = skip.get(c.key());
            CaseResult r = reason != null ? new CaseResult(c.file(), c.index(), c.note(), "skip", reason)
                : Conformance.run(c);
            results.add(r);
            boolean pass = r.status().equals("pass");
            if (Conformance.CORE_FOLDERS.contains(r.folder())) {
                core[0] += pass ? 1 : 0;
                core[1]++;
            }
            if (Conformance.eligible(c)) {
                eligible[0] += pass ? 1 : 0;
                eligible[1]++;
            }
            if (verbose && r.status().equals("fail")) {
                out.println("FAIL " + r.key() + " " + r.note() + ": " + r.detail());
            }
        }
        Map<String, int[]> byFolder = new TreeMap<>();
        int[] total = new int[3];
        for (CaseResult r : results) {
            int[] row = byFolder.computeIfAbsent(r.folder(), k -> new int[3]);
            int idx = switch (r.status()) {
                case "pass" -> 0;
                case "fail" -> 1;
                default -> 2;
            };
            row[idx]++;
            total[idx]++;
        }
        out.printf("%-45s %6s %6s %6s%n", "folder", "pass", "fail", "skip");
        byFolder.forEach((f, row) -> out.printf("%-45s %6d %6d %6d%n", f, row[0], row[1], row[2]));
        if (report != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
                for (CaseResult r : results) {
                    w.println("{\"file\":" + Values.toJson(Value.of(r.file())) + ",\"index\":" + r.index() + ",\"note\":"
                        + Values.toJson(Value.of(r.note())) + ",\"status\":\"" + r.status() + "\",\"detail\":"
                        + Values.toJson(Value.of(r.detail())) + "}");
                }
            }
        }
        if (core[1] > 0) {
            out.printf("core-language folders: %d/%d passed (%.1f%%)%n", core[0], core[1], 100.0 * core[0] / core[1]);
        }
        if (eligible[1] > 0) {
            out.printf("eligible cases: %d/%d passed (%.1f%%)%n", eligible[0], eligible[1],
                100.0 * eligible[0] / eligible[1]);
        }
        out.println(total[0] + " passed, " + total[1] + " failed, " + total[2] + " skipped");
        return total[1] == 0 ? 0 : 1;
    }
}
