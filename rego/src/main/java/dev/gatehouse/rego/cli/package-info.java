/** The {@code rego-cli.jar} command line: {@code eval} (like {@code opa eval}) and {@code conformance}. */
package dev.gatehouse.rego.cli;
