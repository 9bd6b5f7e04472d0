/**
 * The Rego abstract syntax tree: modules, rules, expressions and terms as immutable records, plus renderers back to
 * Rego text ({@link dev.gatehouse.rego.ast.Source}) and to OPA's AST JSON ({@link dev.gatehouse.rego.ast.AstJson}).
 * Terms and expressions are sealed so that every pass switches over them exhaustively.
 */
package dev.gatehouse.rego.ast;
