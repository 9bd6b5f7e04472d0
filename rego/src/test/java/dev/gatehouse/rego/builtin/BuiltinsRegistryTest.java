package dev.gatehouse.rego.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.rego.value.Value;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BuiltinsRegistryTest {

    @Test
    void everyOpaBuiltinIsImplementedExceptEvaluatorOwnedAndGraphql() {
        Set<String> missing = new TreeSet<>();
        for (BuiltinEntry e : Builtins.standard().all()) {
            if (!e.implemented()) {
                missing.add(e.name());
            }
        }
        missing.removeIf(n -> n.startsWith("graphql."));
        assertThat(missing).containsExactlyInAnyOrder("assign", "eq", "print", "internal.print", "internal.test_case",
                "rego.metadata.chain", "rego.metadata.rule", "rego.parse_module");
    }

    @Test
    void registryIsOpenForNewFamilies() throws Exception {
        BuiltinDecl decl = BuiltinDecl.of("gatehouse.echo", List.of(Type.ANY), Type.ANY);
        Builtins extended = Builtins.gateway().toBuilder().function(decl, (args, ctx) -> args.getFirst()).build();
        assertThat(extended.lookup("gatehouse.echo").function().call(List.of(Value.of(7)), BuiltinContext.now()))
                .isEqualTo(Value.of(7));
        assertThat(extended.lookup("http.send").available()).isFalse();
        assertThat(Builtins.standard().lookup("gatehouse.echo")).isNull();
    }
}
