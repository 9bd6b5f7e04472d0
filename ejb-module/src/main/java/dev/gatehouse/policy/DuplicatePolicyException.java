package dev.gatehouse.policy;

/** A policy with that name exists already. */
public class DuplicatePolicyException extends RuntimeException {
    public DuplicatePolicyException(String name) {
        super("a policy named '" + name + "' exists already");
    }
}
