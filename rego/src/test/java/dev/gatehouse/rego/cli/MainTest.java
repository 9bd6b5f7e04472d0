package dev.gatehouse.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evalPrintsResultRowsAsJson() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.rego"), "package p\nallow if input.user == data.admin\n");
        Path input = Files.writeString(dir.resolve("in.json"), "{\"user\":\"alice\"}");
        Path data = Files.writeString(dir.resolve("data.json"), "{\"admin\":\"alice\"}");
        String out = run(0, "eval", "-d", policy.toString(), "-i", input.toString(), "--data", data.toString(),
            "data.p.allow = x");
        assertThat(out.trim()).isEqualTo("[{\"x\":true}]");
    }

    @Test
    void evalReportsCompileErrorsWithPosition() throws Exception {
        Path policy = Files.writeString(dir.resolve("bad.rego"), "package p\nallow if x > 1\n");
        String out = run(1, "eval", "-d", policy.toString(), "data.p.allow = x");
        assertThat(out).contains("bad.rego:2: rego_unsafe_var_error: var x is unsafe");
    }

    @Test
    void conformanceRunsCasesAndWritesReport() throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite/basic"));
        Files.writeString(suite.resolve("cases.yaml"), """
            cases:
              - note: basic/ok
                query: data.t.p = x
                modules:
                  - |
                    package t
                    p := 1 + 1
                want_result:
                  - x: 2
              - note: basic/wrong
                query: data.t.p = x
                modules:
                  - |
                    package t
                    p := 3
                want_result:
                  - x: 2
            """);
        Path report = dir.resolve("report.jsonl");
        String out = run(1, "conformance", dir.resolve("suite").toString(), "--report", report.toString());
        assertThat(out).contains("basic").contains("1 passed, 1 failed, 0 skipped");
        assertThat(Files.readAllLines(report)).hasSize(2)
            .anySatisfy(l -> assertThat(l).contains("\"file\":\"basic/cases.yaml\"").contains("\"status\":\"pass\""));
    }
}
