package dev.gatehouse.policy;

import dev.gatehouse.rego.RegoError;
import java.util.List;

/** A policy's source does not compile; carries every error with its position. Nothing was saved. */
public class PolicyCompileException extends RuntimeException {
    private final transient List<RegoError> errors;

    public PolicyCompileException(String policy, List<RegoError> errors) {
        super("policy '" + policy + "' does not compile: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<RegoError> errors() {
        return errors;
    }
}
