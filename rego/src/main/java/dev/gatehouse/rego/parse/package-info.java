/** Lexer and recursive-descent parser turning Rego v1 source text into the {@code ast} records. */
package dev.gatehouse.rego.parse;
