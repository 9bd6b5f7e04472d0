package dev.gatehouse.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Module;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.conformance.Conformance;
import dev.gatehouse.rego.conformance.ConformanceCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void parsesRuleKindsAndOperatorsWithPrecedence() {
        Module m = Parser.parseModule("m.rego", """
            package a.b
            import rego.v1
            default allow := false
            allow if input.user == "admin"
            s contains x if some x in input.xs
            p[k].v := 1 if k := "a"
            f(x) := x + 2 * 3
            """);
        assertThat(m.pkg()).containsExactly("a", "b");
        assertThat(m.imports()).isEmpty();
        assertThat(m.rules()).hasSize(5);
        Term.Call plus = (Term.Call) m.rules().get(4).value();
        assertThat(plus.name()).isEqualTo("plus");
        assertThat(((Term.Call) plus.args().get(1)).name()).isEqualTo("mul");
    }

    @Test
    void separatesLiteralsByNewlineAndSemicolon() {
        List<Expr> q = Parser.parseQuery("x := 1; y := 2\nz = [x, y]");
        assertThat(q).hasSize(3);
    }

    @Test
    void reportsParseErrorPosition() {
        assertThatThrownBy(() -> Parser.parseModule("bad.rego", "package p\n\nq if {\n  x := \n}\n"))
            .isInstanceOf(RegoException.class)
            .satisfies(e -> {
                RegoException re = (RegoException) e;
                assertThat(re.code()).isEqualTo("rego_parse_error");
                assertThat(re.errors().get(0).file()).isEqualTo("bad.rego");
                assertThat(re.errors().get(0).row()).isEqualTo(5);
            });
    }

    @Test
    void rejectsV0RuleBodiesWithoutIf() {
        assertThatThrownBy(() -> Parser.parseModule("v0.rego", "package p\nallow {\n  true\n}\n"))
            .isInstanceOf(RegoException.class)
            .hasMessage("v0.rego:2: rego_parse_error: `if` keyword is required before rule body");
    }

    @Test
    void parsesTemplateStringsLogicOperatorsAndKeywordRefs() {
        Module m = Parser.parseModule("m.rego", """
            package p
            msg := $"hello {input.name}, \\{literal}"
            ok if input.a and (input.b or input.c)
            contains.foo := 1
            """);
        assertThat(m.rules()).hasSize(3);
        assertThat(((Term.Call) m.rules().get(0).value()).name()).isEqualTo("internal.template_string");
        assertThat(m.rules().get(2).head().path()).hasSize(1);
    }

    @Test
    void parsesEveryModuleOfTheConformanceSuite() {
        Path root = Path.of(System.getProperty("rego.conformance.dir", "../../shared/rego-conformance"), "v1");
        Assumptions.assumeTrue(Files.isDirectory(root), "conformance suite missing");
        List<String> failures = new ArrayList<>();
        for (ConformanceCase c : Conformance.load(root)) {
            List<String> mods = c.modules();
            for (int i = 0; i < mods.size(); i++) {
                try {
                    Parser.parseModule("test-" + i + ".rego", mods.get(i));
                } catch (RegoException e) {
                    failures.add(c.key() + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
