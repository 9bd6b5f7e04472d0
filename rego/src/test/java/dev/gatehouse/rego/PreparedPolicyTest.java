package dev.gatehouse.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PreparedPolicyTest {
    private static final String AUTHZ = """
        package authz
        default allow := false
        allow if input.user == "alice"
        allow if {
            some role in data.roles[input.user]
            role == "admin"
        }
        reasons contains "not alice" if input.user != "alice"
        """;

    @Test
    void evaluatesPreparedQueryWithJsonInputAndData() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("authz.rego", AUTHZ), "data.authz.allow = x");
        assertThat(p.evalJson("{\"user\":\"alice\"}", null).toJson()).isEqualTo("[{\"x\":true}]");
        assertThat(p.evalJson("{\"user\":\"bob\"}", "{\"roles\":{\"bob\":[\"admin\"]}}").first("x"))
            .isEqualTo(Value.of(true));
        assertThat(p.evalJson("{\"user\":\"eve\"}", null).first("x")).isEqualTo(Value.of(false));
    }

    @Test
    void reportsEverySolutionOfAQuery() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("authz.rego", AUTHZ), null)
            .withQuery("x := [1, 2, 3][_]; x > 1");
        ResultSet rs = p.eval(EvalOptions.input(null));
        assertThat(rs.rows()).extracting(r -> r.get("x")).containsExactly(Value.of(2), Value.of(3));
    }

    @Test
    void undefinedQueryHasNoRows() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("authz.rego", AUTHZ), "data.authz.nothing = x");
        assertThat(p.eval(EvalOptions.input(null)).defined()).isFalse();
    }

    @Test
    void keepsArbitraryPrecisionNumbers() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of(),
            "x := 340282366920938463463374607431768211456 + 1");
        assertThat(p.eval(EvalOptions.input(null)).toJson())
            .isEqualTo("[{\"x\":340282366920938463463374607431768211457}]");
    }

    @Test
    void stepBudgetStopsRunawayPolicies() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("loop.rego", """
            package loop
            n := count([1 | numbers.range(1, 100000)[_]; numbers.range(1, 100)[_]])
            """), "data.loop.n = x");
        assertThatThrownBy(() -> p.eval(EvalOptions.input(null).withBudget(10_000, null)))
            .isInstanceOf(RegoException.class)
            .satisfies(e -> assertThat(((RegoException) e).code()).isEqualTo("eval_cancel_error"));
    }

    @Test
    void deadlineAndCancellationStopEvaluation() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("loop.rego", """
            package loop
            n := count([1 | numbers.range(1, 100000)[_]; numbers.range(1, 1000)[_]])
            """), "data.loop.n = x");
        assertThatThrownBy(() -> p.eval(EvalOptions.input(null).withBudget(0, Duration.ofMillis(20))))
            .isInstanceOf(RegoException.class).hasMessageContaining("deadline");
        AtomicBoolean cancel = new AtomicBoolean(true);
        assertThatThrownBy(() -> p.eval(EvalOptions.input(null).withCancel(cancel::get)))
            .isInstanceOf(RegoException.class).hasMessageContaining("cancelled");
    }

    @Test
    void strictModeRaisesBuiltinErrorsThatAreOtherwiseUndefined() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("e.rego", """
            package e
            r := 1 / 0
            """), "data.e.r = x");
        assertThat(p.eval(EvalOptions.input(null)).defined()).isFalse();
        assertThatThrownBy(() -> p.eval(EvalOptions.input(null).withStrict(true)))
            .isInstanceOf(RegoException.class)
            .satisfies(e -> {
                RegoError err = ((RegoException) e).errors().get(0);
                assertThat(err.code()).isEqualTo("eval_builtin_error");
                assertThat(err.file()).isEqualTo("e.rego");
                assertThat(err.row()).isEqualTo(2);
                assertThat(err.message()).contains("divide by zero");
            });
    }

    @Test
    void conflictingCompleteRulesFailWithConflictError() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("c.rego", """
            package c
            r := 1 if input.a
            r := 2 if input.b
            """), "data.c.r = x");
        assertThatThrownBy(() -> p.evalJson("{\"a\":true,\"b\":true}", null))
            .isInstanceOf(RegoException.class)
            .hasMessageContaining("eval_conflict_error: complete rules must not produce multiple outputs");
    }

    @Test
    void withReplacesInputDataAndFunctions() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("w.rego", """
            package w
            f(x) := x * 2
            g(x) := x * 10
            a := input.v
            b := y if y := data.w.a with input.v as 7
            c := y if y := f(2) with f as g
            d := y if y := count([1, 2]) with count as 42
            """), "data.w = x");
        Value w = p.eval(EvalOptions.input(null)).first("x");
        assertThat(Values.toJson(w)).isEqualTo("{\"b\":7,\"c\":20,\"d\":42}");
    }

    @Test
    void traceListsEvaluatedLiterals() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("authz.rego", AUTHZ), "data.authz.allow = x");
        ResultSet rs = p.eval(EvalOptions.input(Values.fromJson("{\"user\":\"alice\"}")).withTrace(true));
        assertThat(rs.trace()).isNotEmpty();
        assertThat(rs.trace()).anyMatch(l -> l.contains("authz.rego:3"));
        assertThat(rs.trace()).contains("Enter data.authz.allow", "| Eval input.user == \"alice\"  (authz.rego:3:10)",
            "Exit data.authz.allow = true");
    }

    @Test
    void printNeverFailsAndReportsUndefinedOperands() {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("p.rego", """
            package p
            ok if {
                print("user", input.user, input.missing)
                true
            }
            """), "data.p.ok = x");
        List<String> lines = new ArrayList<>();
        ResultSet rs = p.eval(EvalOptions.input(Values.fromJson("{\"user\":\"bob\"}")).withPrint(lines::add));
        assertThat(rs.first("x")).isEqualTo(Value.of(true));
        assertThat(lines).containsExactly("p.rego:3: user bob <undefined>");
    }

    @Test
    void preparedPolicyIsSafeToShareBetweenThreads() throws Exception {
        PreparedPolicy p = PreparedPolicy.compile(Map.of("authz.rego", AUTHZ), "data.authz.allow = x");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int id = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        String user = (i + id) % 2 == 0 ? "alice" : "bob";
                        Value got = p.evalJson("{\"user\":\"" + user + "\"}", null).first("x");
                        if (!got.equals(Value.of(user.equals("alice")))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : fs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
