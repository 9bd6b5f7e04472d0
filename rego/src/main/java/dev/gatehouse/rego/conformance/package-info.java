/** Loading and running OPA's YAML conformance cases against this engine. */
package dev.gatehouse.rego.conformance;
