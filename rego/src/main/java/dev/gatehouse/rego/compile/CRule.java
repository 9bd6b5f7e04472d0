package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Location;
import dev.gatehouse.rego.ast.Term;
import java.util.List;

/**
 * A compiled rule attached to a node of the {@link RuleTree}. All terms are resolved (globals are refs rooted at
 * {@code data}, imports expanded, locals renamed) and bodies are in safe evaluation order.
 *
 * @param loc       rule location
 * @param kind      what the rule contributes to its node
 * @param tail      for {@link Kind#MULTI}: the head reference parts after the node's path (at least one non-constant)
 * @param key       for {@link Kind#SET}: the element term
 * @param value     value term (null = {@code true})
 * @param args      for {@link Kind#FUNCTION}: parameter terms
 * @param body      body literals (empty = true)
 * @param elseRule  next else branch or null
 * @param isDefault a {@code default} rule
 */
public record CRule(Location loc, Kind kind, List<Term> tail, Term key, Term value, List<Term> args,
                    List<Expr> body, CRule elseRule, boolean isDefault) {

    /** How a rule contributes to its node. */
    public enum Kind { COMPLETE, SET, MULTI, FUNCTION }
}
