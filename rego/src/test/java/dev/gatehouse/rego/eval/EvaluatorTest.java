package dev.gatehouse.rego.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.rego.EvalOptions;
import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.ResultSet;
import dev.gatehouse.rego.value.Values;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static String eval(String module, String query, String input) {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("t.rego", module), query);
        return p.eval(EvalOptions.input(input == null ? null : Values.fromJson(input))).toJson();
    }

    @Test
    void ruleIndexEvaluatesOnlyRulesMatchingTheInputConstant() {
        StringBuilder src = new StringBuilder("package gw\n");
        for (int i = 0; i < 50; i++) {
            src.append("allow if {\n  input.tool == \"t").append(i).append("\"\n  input.n > ").append(i).append("\n}\n");
        }
        PreparedPolicy p = PreparedPolicy.compile(Map.of("gw.rego", src.toString()), "data.gw.allow = x");
        ResultSet rs = p.eval(EvalOptions.input(Values.fromJson("{\"tool\":\"t7\",\"n\":100}")).withTrace(true));
        assertThat(rs.toJson()).isEqualTo("[{\"x\":true}]");
        assertThat(rs.trace()).filteredOn(l -> l.contains("Eval input.tool ==")).hasSize(1);
    }

    @Test
    void refHeadRulesBuildNestedObjects() {
        assertThat(eval("""
            package t
            p[q].r := i if some i, q in ["a", "b"]
            p.c.r := 9
            """, "data.t.p = x", null)).isEqualTo("[{\"x\":{\"a\":{\"r\":0},\"b\":{\"r\":1},\"c\":{\"r\":9}}}]");
    }

    @Test
    void elseChainsAndDefaultsPickTheFirstDefinedBranch() {
        String m = """
            package t
            default level := "none"
            level := "admin" if input.role == "admin"
            else := "user" if input.role == "user"
            """;
        assertThat(eval(m, "data.t.level = x", "{\"role\":\"user\"}")).isEqualTo("[{\"x\":\"user\"}]");
        assertThat(eval(m, "data.t.level = x", "{\"role\":\"guest\"}")).isEqualTo("[{\"x\":\"none\"}]");
    }

    @Test
    void everyRequiresAllElementsAndNotNegates() {
        String m = """
            package t
            all_small if every x in input.xs { x < 10 }
            none_big if not some_big
            some_big if some x in input.xs; x >= 10
            """.replace("some_big if some x in input.xs; x >= 10", "some_big if { some x in input.xs; x >= 10 }");
        assertThat(eval(m, "data.t = x", "{\"xs\":[1,2,3]}"))
            .isEqualTo("[{\"x\":{\"all_small\":true,\"none_big\":true}}]");
        assertThat(eval(m, "data.t = x", "{\"xs\":[1,20]}")).isEqualTo("[{\"x\":{\"some_big\":true}}]");
    }

    @Test
    void templateStringsAndLogicOperators() {
        assertThat(eval("""
            package t
            msg := $"user {input.user} may {input.action}: {input.user == "alice" or input.action == "read"}"
            both if input.user == "alice" and input.action == "write"
            """, "data.t = x", "{\"user\":\"bob\",\"action\":\"read\"}"))
            .isEqualTo("[{\"x\":{\"msg\":\"user bob may read: true\"}}]");
    }

    @Test
    void withOverridesVirtualDocumentsAndKeepsTheOuterQueryUnchanged() {
        assertThat(eval("""
            package t
            limit := 10
            ok if input.n < limit
            r := [a, b] if {
                a := ok with data.t.limit as 100
                b := ok
            }
            """, "data.t.r = x", "{\"n\":50}")).isEqualTo("[]");
        assertThat(eval("""
            package t
            limit := 10
            ok if input.n < limit
            r := a if a := ok with data.t.limit as 100
            """, "data.t.r = x", "{\"n\":50}")).isEqualTo("[{\"x\":true}]");
    }

    @Test
    void withCanReplaceAPartOfARuleValue() {
        assertThat(eval("""
            package t
            p := {"a": 1, "b": 2}
            q := x if x := p with data.t.p.a as 10
            """, "data.t.q = x", null)).isEqualTo("[{\"x\":{\"a\":10,\"b\":2}}]");
    }

    @Test
    void unificationDestructuresArraysAndObjects() {
        assertThat(eval("package t\n", "[a, {\"k\": b}] = [1, {\"k\": [2, 3]}]", null))
            .isEqualTo("[{\"a\":1,\"b\":[2,3]}]");
    }
}
