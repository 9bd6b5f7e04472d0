/**
 * The Rego abstract syntax tree: modules, rules, expressions and terms as immutable records.
 * Terms and expressions are sealed so that every pass switches over them exhaustively.
 */
package dev.gatehouse.rego.ast;
