/** The top-down evaluator: backtracking over compiled bodies, virtual document assembly, budgets and traces. */
package dev.gatehouse.rego.eval;
