package dev.gatehouse.vault;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A credential cannot be deleted while backends use it. */
@ApplicationException(rollback = true)
public class CredentialInUseException extends RuntimeException {
    private final List<String> backends;

    public CredentialInUseException(String name, List<String> backends) {
        super("credential '" + name + "' is used by backend(s) " + String.join(", ", backends));
        this.backends = List.copyOf(backends);
    }

    public List<String> backends() {
        return backends;
    }
}
