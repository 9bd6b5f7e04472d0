package dev.gatehouse.rego.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * OPA's conformance suite as one dynamic test per case. Cases listed in {@code conformance/skipped.txt} are
 * skipped; a case listed in the ratchet {@code conformance/passing.txt} must pass; other failing cases are reported
 * as aborted. Set {@code -Drego.conformance.writeRatchet=PATH} to write the keys of all passing cases to PATH.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformanceCases() throws IOException {
        String dir = System.getProperty("rego.conformance.dir", "../../shared/rego-conformance");
        Path root = Path.of(dir, "v1");
        if (!Files.isDirectory(root)) {
            return Stream.of(DynamicTest.dynamicTest("conformance suite missing", () ->
                Assumptions.abort("no conformance suite at " + root)));
        }
        Map<String, String> skipped = skipList();
        Set<String> ratchet = new LinkedHashSet<>(lines("/conformance/passing.txt"));
        List<ConformanceCase> cases = Conformance.load(root);
        List<String> passing = new ArrayList<>();
        String writeTo = System.getProperty("rego.conformance.writeRatchet");
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCase c : cases) {
            tests.add(DynamicTest.dynamicTest(c.key() + " " + c.note(), () -> {
                String reason = skipped.get(c.key());
                if (reason != null) {
                    Assumptions.abort("skipped: " + reason);
                }
                CaseResult r = Conformance.run(c);
                if (r.status().equals("pass")) {
                    synchronized (passing) {
                        passing.add(c.key());
                    }
                    return;
                }
                if (ratchet.contains(c.key())) {
                    assertThat(r.detail()).as("ratcheted case regressed: " + c.key()).isEmpty();
                }
                Assumptions.abort("known failure: " + r.detail());
            }));
        }
        if (writeTo != null) {
            tests.add(DynamicTest.dynamicTest("write ratchet", () ->
                Files.write(Path.of(writeTo), passing, StandardCharsets.UTF_8)));
        }
        return tests.stream();
    }

    private static Map<String, String> skipList() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : lines("/conformance/skipped.txt")) {
            String[] parts = line.split(" \\| ", 3);
            out.put(parts[0].trim(), parts.length > 2 ? parts[2] : "");
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l.trim());
                }
            }
        }
        return out;
    }
}
