package dev.gatehouse.rego.ast;

import java.util.List;

/**
 * A parsed module.
 *
 * @param file    module name used in error locations
 * @param pkg     package path without {@code data}, e.g. {@code [test, a]}
 * @param imports imports (other than {@code rego.v1} and {@code future.keywords}, which are dropped)
 * @param rules   rules in source order
 */
public record Module(String file, Location loc, List<String> pkg, List<Import> imports, List<Rule> rules) {

    /**
     * {@code import data.x.y as z}.
     *
     * @param path  the imported reference (root {@code data} or {@code input})
     * @param alias local name (last path element when no {@code as})
     */
    public record Import(Location loc, Term.Ref path, String alias) { }
}
