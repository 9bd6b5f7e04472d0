package dev.gatehouse.rego.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.rego.value.Values;
import org.junit.jupiter.api.Test;

class TypesTest {

    @Test
    void declarationsPrintAsOpaTypes() {
        BuiltinDecl count = Builtins.standard().lookup("count").decl();
        assertThat(count.args().getFirst().toString())
                .isEqualTo("any<string, array[any], object[any: any], set[any]>");
        assertThat(count.type().toString()).isEqualTo("(any<string, array[any], object[any: any], set[any]>) => number");
        assertThat(Builtins.standard().lookup("print").decl().variadic()).isEqualTo(Type.ANY);
    }

    @Test
    void constantsHaveStaticTypes() {
        assertThat(Types.of(Values.fromJson("[1,\"a\",{\"k\":null}]")).toString())
                .isEqualTo("array<number, string, object<k: null>>");
    }

    @Test
    void compatibilityFollowsUnionsAndElements() {
        Type countArg = Builtins.standard().lookup("count").decl().args().getFirst();
        assertThat(Types.compatible(countArg, Types.of(Values.fromJson("[1]")))).isTrue();
        assertThat(Types.compatible(countArg, Type.NUMBER)).isFalse();
        Type sumArg = Builtins.standard().lookup("sum").decl().args().getFirst();
        assertThat(Types.compatible(sumArg, Types.of(Values.fromJson("[1, 2]")))).isTrue();
        assertThat(Types.compatible(sumArg, Types.of(Values.fromJson("[1, \"a\"]")))).isFalse();
        assertThat(Types.compatible(Type.STRING, Type.ANY)).isTrue();
    }
}
