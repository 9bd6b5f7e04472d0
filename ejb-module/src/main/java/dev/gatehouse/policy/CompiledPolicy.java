package dev.gatehouse.policy;

import dev.gatehouse.rego.PreparedPolicy;
import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Module;
import dev.gatehouse.rego.ast.Rule;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.builtin.Builtins;
import dev.gatehouse.rego.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One policy compiled once, immutable and shared by every evaluating thread.
 *
 * <p>The policy's package is parsed from its module ({@code package gatehouse.tools} →
 * {@code data.gatehouse.tools}); the prepared query reads the package's {@code allow} and
 * {@code deny} rules at once, each wrapped in a comprehension so that an undefined rule reads
 * as empty instead of making the whole query undefined. Which of the two rules the policy
 * defines is known from the module: a policy without an {@code allow} rule does not need to
 * allow, one without either rule is rejected.
 *
 * @param name        the policy's name (also the module's file name in error positions)
 * @param version     its version number, 0 for an unsaved draft
 * @param packagePath the package, e.g. {@code [gatehouse, tools]}
 * @param definesAllow whether the module has an {@code allow} rule
 * @param definesDeny  whether the module has a {@code deny} rule
 * @param prepared    the compiled module and query
 */
public record CompiledPolicy(String name, int version, List<String> packagePath, boolean definesAllow,
                             boolean definesDeny, PreparedPolicy prepared) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public CompiledPolicy {
        Objects.requireNonNull(name, "policy name is required");
        Objects.requireNonNull(prepared, "compiled policy is required");
        packagePath = List.copyOf(packagePath);
    }

    /** {@code name@version}. */
    public String label() {
        return name + "@" + version;
    }

    /**
     * Compiles {@code source} with the gateway's builtins.
     *
     * @throws PolicyCompileException with every error and its position
     */
    public static CompiledPolicy compile(String name, int version, String source) {
        String file = name + ".rego";
        try {
            Module module = Parser.parseModule(file, source);
            boolean allow = defines(module, "allow");
            boolean deny = defines(module, "deny");
            if (!allow && !deny) {
                throw new PolicyCompileException(name, List.of(new RegoError("rego_compile_error", file,
                        module.loc() == null ? 0 : module.loc().row(), module.loc() == null ? 0 : module.loc().col(),
                        "a Gatehouse policy defines 'allow' (a boolean) and/or 'deny' (a set of messages)")));
            }
            PreparedPolicy prepared = PreparedPolicy.compile(Map.of(file, source), query(module.pkg(), allow, deny),
                    Builtins.gateway());
            return new CompiledPolicy(name, version, module.pkg(), allow, deny, prepared);
        } catch (RegoException e) {
            throw new PolicyCompileException(name, e.errors());
        }
    }

    private static boolean defines(Module module, String rule) {
        for (Rule r : module.rules()) {
            if (r.head().head() instanceof Term.Var v && v.name().equals(rule) && !r.isFunction()) {
                return true;
            }
        }
        return false;
    }

    static String query(List<String> pkg, boolean allow, boolean deny) {
        StringBuilder ref = new StringBuilder("data");
        for (String segment : pkg) {
            if (IDENTIFIER.matcher(segment).matches()) {
                ref.append('.').append(segment);
            } else {
                ref.append("[\"").append(segment.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        List<String> parts = new ArrayList<>();
        if (allow) {
            parts.add("allow = [v | v := " + ref + ".allow]");
        }
        if (deny) {
            parts.add("deny = [v | v := " + ref + ".deny]");
        }
        return String.join("; ", parts);
    }
}
