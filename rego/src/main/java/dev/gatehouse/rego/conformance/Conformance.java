package dev.gatehouse.rego.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gatehouse.rego.EvalOptions;
import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ResultSet;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads and runs OPA's conformance cases with OPA's semantics: modules named {@code test-N.rego}, result rows
 * compared as sets after JSON conversion, {@code sort_bindings}, exact {@code want_error_code} and substring
 * {@code want_error}, strict builtin errors when {@code strict_error} is set.
 */
public final class Conformance {
    /** Builtins whose cases are not counted in the eligible totals (network, crypto, JWT, ...). */
    public static final Pattern INELIGIBLE = Pattern.compile(
        "graphql\\.|providers\\.aws\\.|http\\.send|net\\.lookup_ip_addr|io\\.jwt\\.|crypto\\.|json\\.match_schema|"
            + "json\\.verify_schema|yaml\\.|uuid\\.rfc4122|rand\\.intn|rego\\.metadata\\.|rego\\.parse_module|"
            + "strings\\.render_template|opa\\.runtime");
    /** Folders excluded from the eligible totals. */
    public static final Set<String> EXCLUDED_FOLDERS = Set.of("logic_operators", "stringinterpolation");
    /** The core-language folders. */
    public static final Set<String> CORE_FOLDERS = Set.of("assignments", "baseandvirtualdocs", "comparisonexpr",
        "completedoc", "compositebasedereference", "compositereferences", "comprehensions", "containskeyword",
        "dataderef", "defaultkeyword", "disjunction", "elsekeyword", "embeddedvirtualdoc", "eqexpr", "evaltermexpr",
        "every", "example", "fix1863", "functionerrors", "functions", "helloworld", "indexing", "indirectreferences",
        "inputvalues", "keywordrefs", "negation", "nestedreferences", "partialdocconstants", "partialiter",
        "partialobjectdoc", "partialsetdoc", "planner-ir", "refheads", "topdowndynamicdispatch", "type", "undos",
        "varreferences", "virtualdocs", "withkeyword");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private Conformance() {
    }

    /** All cases under {@code root} (recursively, every {@code *.yaml}), sorted by file then index. */
    public static List<ConformanceCase> load(Path root) {
        List<ConformanceCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                JsonNode doc = YAML.readTree(f.toFile());
                JsonNode cases = doc == null ? null : doc.get("cases");
                if (cases == null) {
                    continue;
                }
                for (int i = 0; i < cases.size(); i++) {
                    out.add(new ConformanceCase(rel, i, cases.get(i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a case counts toward the eligible totals. */
    public static boolean eligible(ConformanceCase c) {
        String folder = c.file().contains("/") ? c.file().substring(0, c.file().indexOf('/')) : "";
        if (EXCLUDED_FOLDERS.contains(folder)) {
            return false;
        }
        if (INELIGIBLE.matcher(c.query()).find()) {
            return false;
        }
        for (String m : c.modules()) {
            if (INELIGIBLE.matcher(m).find()) {
                return false;
            }
        }
        return true;
    }

    /** Runs one case; never throws. */
    public static CaseResult run(ConformanceCase c) {
        String status;
        String detail;
        try {
            detail = check(c);
            status = detail == null ? "pass" : "fail";
        } catch (RuntimeException | StackOverflowError e) {
            status = "fail";
            detail = "exception: " + e;
        }
        return new CaseResult(c.file(), c.index(), c.note(), status, detail == null ? "" : detail);
    }

    private static String check(ConformanceCase c) {
        JsonNode n = c.node();
        String wantCode = n.hasNonNull("want_error_code") ? n.get("want_error_code").asText() : null;
        String wantErr = n.hasNonNull("want_error") ? n.get("want_error").asText() : null;
        boolean wantsError = wantCode != null || wantErr != null;
        Map<String, String> modules = new LinkedHashMap<>();
        List<String> srcs = c.modules();
        for (int i = 0; i < srcs.size(); i++) {
            modules.put("test-" + i + ".rego", srcs.get(i));
        }
        ResultSet rs;
        try {
            PreparedPolicy p = PreparedPolicy.compile(modules, c.query());
            Value input = null;
            if (n.hasNonNull("input_term")) {
                input = PreparedPolicy.compile(Map.of(), "__x = " + n.get("input_term").asText())
                    .eval(EvalOptions.input(null)).first("__x");
            } else if (n.has("input")) {
                input = Values.fromJackson(n.get("input"));
            }
            Value data = n.hasNonNull("data") ? Values.fromJackson(n.get("data")) : null;
            EvalOptions o = EvalOptions.input(input).withData(data)
                .withStrict(n.path("strict_error").asBoolean(false))
                .withBudget(20_000_000, Duration.ofSeconds(10));
            rs = p.eval(o);
        } catch (RegoException e) {
            if (!wantsError) {
                return "unexpected error: " + e.getMessage();
            }
            RegoError first = e.errors().get(0);
            if (wantCode != null && !wantCode.equals(first.code())) {
                return "want code " + wantCode + " got " + e.getMessage();
            }
            if (wantErr != null && !e.getMessage().contains(wantErr)) {
                return "want error containing '" + wantErr + "' got " + e.getMessage();
            }
            return null;
        }
        if (wantsError) {
            return "want error " + (wantCode == null ? "" : wantCode + " ") + (wantErr == null ? "" : wantErr)
                + " got result " + rs.toJson();
        }
        if (!n.has("want_result")) {
            return null;
        }
        boolean sort = n.path("sort_bindings").asBoolean(false);
        Set<Map<String, Value>> want = new HashSet<>();
        for (JsonNode row : n.get("want_result")) {
            Map<String, Value> m = new LinkedHashMap<>();
            row.properties().forEach(e -> m.put(e.getKey(), norm(Values.fromJackson(e.getValue()), sort)));
            want.add(m);
        }
        Set<Map<String, Value>> got = new HashSet<>();
        for (Map<String, Value> row : rs.rows()) {
            Map<String, Value> m = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!k.startsWith("__localq")) {
                    m.put(k, norm(Values.fromJson(Values.toJson(v)), sort));
                }
            });
            got.add(m);
        }
        if (!want.equals(got) || n.get("want_result").size() != rs.rows().size()) {
            return "want " + n.get("want_result") + " got " + rs.toJson();
        }
        return null;
    }

    private static Value norm(Value v, boolean sort) {
        if (sort && v instanceof ArrayValue a) {
            Value[] xs = a.toArray();
            Arrays.sort(xs);
            return ArrayValue.of(xs);
        }
        return v;
    }
}
