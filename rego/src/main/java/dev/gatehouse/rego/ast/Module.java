package dev.gatehouse.rego.ast;

import java.util.List;

/**
 * A parsed module.
 *
 * @param file    module name used in error locations
 * @param pkg     package path without {@code data}, e.g. {@code [test, a]}
 * @param imports imports (other than {@code rego.v1} and {@code future.keywords}, which are dropped)
 * @param rules   rules in source order
 * @param metadata METADATA comment blocks in source order
 */
public record Module(String file, Location loc, List<String> pkg, List<Import> imports, List<Rule> rules,
                     List<Metadata> metadata) {

    /**
     * A {@code # METADATA} comment block: the YAML text (comment markers removed) and the row of its last line,
     * so that it attaches to the package or rule starting on the next row.
     */
    public record Metadata(Location loc, int lastRow, String yaml) { }

    /**
     * {@code import data.x.y as z}.
     *
     * @param path  the imported reference (root {@code data} or {@code input})
     * @param alias local name (last path element when no {@code as})
     */
    public record Import(Location loc, Term.Ref path, String alias) { }
}
