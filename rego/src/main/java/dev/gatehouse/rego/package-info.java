/**
 * The Rego engine: compiles Rego v1 modules and evaluates queries against them. Plain Java, no Jakarta imports;
 * depends on nothing else of Gatehouse. Entry point: {@link dev.gatehouse.rego.PreparedPolicy}.
 */
package dev.gatehouse.rego;
