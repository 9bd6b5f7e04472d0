package dev.gatehouse.rego.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.conformance.Conformance;
import dev.gatehouse.rego.conformance.ConformanceCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** OPA's compile-error corpus ({@code compilecases/v1}) plus compiler error behaviour. */
class CompileCasesTest {

    @TestFactory
    Stream<DynamicTest> compileCases() {
        Path root = Path.of(System.getProperty("rego.conformance.dir", "../../shared/rego-conformance"),
            "compilecases", "v1");
        if (!Files.isDirectory(root)) {
            return Stream.of(DynamicTest.dynamicTest("compile cases missing",
                () -> Assumptions.abort("no compile cases at " + root)));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceCase c : Conformance.load(root)) {
            tests.add(DynamicTest.dynamicTest(c.key() + " " + c.note(), () -> {
                List<RegoError> got = compileErrors(c.modules());
                JsonNode want = c.node().get("want_errors");
                for (JsonNode w : want) {
                    assertThat(got).as("errors of " + c.note())
                        .contains(new RegoError(w.get("code").asText(), "test-0.rego", w.get("row").asInt(),
                            w.get("col").asInt(), w.get("message").asText()));
                }
                if (c.node().path("exhaustive").asBoolean(false)) {
                    assertThat(got).hasSize(want.size());
                }
            }));
        }
        return tests.stream();
    }

    private static List<RegoError> compileErrors(List<String> modules) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            m.put("test-" + i + ".rego", modules.get(i));
        }
        try {
            PreparedPolicy.compile(m, null);
            return List.of();
        } catch (RegoException e) {
            return e.errors();
        }
    }

    @Test
    void reportsEveryErrorOfOneCompile() {
        List<RegoError> errs = compileErrors(List.of("""
            package p
            a if { x > 1 }
            b if { count(1, 2, 3, 4) }
            c if { nosuch.fn(1) }
            """));
        assertThat(errs).extracting(RegoError::code)
            .contains("rego_unsafe_var_error", "rego_type_error");
        assertThat(errs).extracting(RegoError::message)
            .contains("var x is unsafe", "undefined function nosuch.fn");
        assertThat(errs).allSatisfy(e -> assertThat(e.file()).isEqualTo("test-0.rego"));
    }

    @Test
    void gatewayProfileRejectsHttpSendButAllowsMockingIt() {
        Map<String, String> mods = Map.of("g.rego", """
            package g
            r := http.send({"method": "GET", "url": "https://x"})
            """);
        assertThatThrownBy(() -> PreparedPolicy.compile(mods, "data.g.r = x",
                dev.gatehouse.rego.builtin.Builtins.gateway()))
            .isInstanceOf(RegoException.class)
            .hasMessageContaining("http.send");
    }

    @Test
    void reportsReassignmentOfALocal() {
        List<RegoError> errs = compileErrors(List.of("package r\np if {\n  x := 1\n  x := 2\n}\n"));
        assertThat(errs).containsExactly(
            new RegoError("rego_compile_error", "test-0.rego", 4, 3, "var x assigned above"));
    }

    @Test
    void reportsRecursionWithTheCycle() {
        List<RegoError> errs = compileErrors(List.of("package r\np if q\nq if p\n"));
        assertThat(errs).contains(
            new RegoError("rego_recursion_error", "test-0.rego", 2, 1,
                "rule data.r.p is recursive: data.r.p -> data.r.q -> data.r.p"),
            new RegoError("rego_recursion_error", "test-0.rego", 3, 1,
                "rule data.r.q is recursive: data.r.q -> data.r.p -> data.r.q"));
    }

    @Test
    void reportsConstantArgumentTypeErrors() {
        List<RegoError> errs = compileErrors(List.of("package t\np := count(1)\n"));
        assertThat(errs).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("rego_type_error");
            assertThat(e.message()).startsWith("count: invalid argument(s)\n\thave: (number)");
        });
    }

    @Test
    void gatewayProfileKeepsHttpSendDeclaredForWithTargets() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("g.rego", """
            package g
            fake(_) := {"status_code": 200}
            status := s if s := count([1]) with http.send as fake
            """), "data.g.status = x", dev.gatehouse.rego.builtin.Builtins.gateway());
        assertThat(p.eval(dev.gatehouse.rego.EvalOptions.input(null)).toJson()).isEqualTo("[{\"x\":1}]");
    }

    @Test
    void parseErrorsCarryFileRowAndColumn() {
        List<RegoError> errs = compileErrors(List.of("package p\n\nq := [1, 2\n"));
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0).code()).isEqualTo("rego_parse_error");
        assertThat(errs.get(0).row()).isGreaterThanOrEqualTo(3);
    }
}
