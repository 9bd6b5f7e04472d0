package dev.gatehouse.rego.bench;

import dev.gatehouse.rego.EvalOptions;
import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.ResultSet;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluation and compile latency: a one-rule allow, OPA's RBAC example, a gateway-style tool policy, and compiling
 * a ~200-line policy. Policies are prepared and inputs converted in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegoBench {
    static final String ALLOW = """
        package bench
        allow if input.user == "alice"
        """;

    static final String RBAC = """
        package rbac
        default allow := false
        allow if user_is_admin
        allow if {
            some grant in user_is_granted
            input.action == grant.action
            input.type == grant.type
        }
        user_is_admin if "admin" in data.user_roles[input.user]
        user_is_granted contains grant if {
            some role in data.user_roles[input.user]
            some grant in data.role_grants[role]
        }
        """;

    static final String RBAC_DATA = """
        {"user_roles": {"alice": ["admin"], "bob": ["employee", "billing"], "eve": ["customer"]},
         "role_grants": {"customer": [{"action": "read", "type": "dog"}, {"action": "read", "type": "cat"},
                                      {"action": "adopt", "type": "dog"}, {"action": "adopt", "type": "cat"}],
                         "employee": [{"action": "read", "type": "dog"}, {"action": "read", "type": "cat"},
                                      {"action": "update", "type": "dog"}, {"action": "update", "type": "cat"}],
                         "billing": [{"action": "read", "type": "finance"}, {"action": "update", "type": "finance"}]}}
        """;

    static final String GATEWAY = """
        package gateway
        default allow := false
        blocked_tools := {"shell.exec", "fs.delete"}
        read_only := ["fs.read*", "search.*", "git.log"]
        allow if {
            not input.tool in blocked_tools
            some pattern in read_only
            glob.match(pattern, ["."], input.tool)
        }
        allow if {
            input.tool == "http.fetch"
            regex.match(`^https://([a-z0-9-]+\\.)*example\\.com/`, input.arguments.url)
            data.tenants[input.tenant].network == true
        }
        """;

    PreparedPolicy allow;
    PreparedPolicy rbac;
    PreparedPolicy gateway;
    EvalOptions allowIn;
    EvalOptions rbacIn;
    EvalOptions gatewayIn;
    Map<String, String> bigPolicy;

    @Setup
    public void setup() {
        allow = PreparedPolicy.compile(Map.of("allow.rego", ALLOW), "data.bench.allow = x");
        allowIn = EvalOptions.input(Values.fromJson("{\"user\":\"alice\"}"));
        rbac = PreparedPolicy.compile(Map.of("rbac.rego", RBAC), "data.rbac.allow = x");
        rbacIn = EvalOptions.input(Values.fromJson("{\"user\":\"bob\",\"action\":\"update\",\"type\":\"finance\"}"))
            .withData(Values.fromJson(RBAC_DATA));
        gateway = PreparedPolicy.compile(Map.of("gw.rego", GATEWAY), "data.gateway.allow = x");
        gatewayIn = EvalOptions.input(Values.fromJson(
            "{\"tool\":\"http.fetch\",\"tenant\":\"t1\",\"arguments\":{\"url\":\"https://api.example.com/v1\"}}"))
            .withData(Values.fromJson("{\"tenants\":{\"t1\":{\"network\":true}}}"));
        StringBuilder sb = new StringBuilder("package big\n");
        for (int i = 0; i < 66; i++) {
            sb.append("r").append(i).append(" if {\n  input.tool == \"t").append(i)
                .append("\"\n  count(input.args) < ").append(i + 3).append("\n}\n");
        }
        bigPolicy = Map.of("big.rego", sb.toString());
    }

    @Benchmark
    public ResultSet oneRuleAllow() {
        return allow.eval(allowIn);
    }

    @Benchmark
    public ResultSet rbac() {
        return rbac.eval(rbacIn);
    }

    @Benchmark
    public ResultSet gatewayPolicy() {
        return gateway.eval(gatewayIn);
    }

    @Benchmark
    public PreparedPolicy compile200Lines() {
        return PreparedPolicy.compile(bigPolicy, "data.big = x");
    }

    /** Sanity check usable without JMH. */
    public static void main(String[] args) {
        RegoBench b = new RegoBench();
        b.setup();
        Value a = b.oneRuleAllow().first("x");
        Value r = b.rbac().first("x");
        Value g = b.gatewayPolicy().first("x");
        System.out.println("allow=" + a + " rbac=" + r + " gateway=" + g);
    }
}
