package dev.gatehouse.policy;

/** No policy (or policy version) has the given name. */
public class UnknownPolicyException extends RuntimeException {
    public UnknownPolicyException(String what) {
        super("no policy " + what);
    }
}
