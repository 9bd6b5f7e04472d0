package dev.gatehouse.vault;

/** No credential has the given name. The message names it; it never carries secret values. */
public class UnknownCredentialException extends RuntimeException {
    public UnknownCredentialException(String name) {
        super("no credential named '" + name + "'");
    }
}
