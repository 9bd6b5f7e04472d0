/**
 * Rego's immutable value model: null, booleans, arbitrary-precision numbers, strings,
 * arrays, objects and sets, with OPA's total order and Rego equality, plus JSON conversion
 * and a printer that renders values as OPA prints terms.
 */
package dev.gatehouse.rego.value;
