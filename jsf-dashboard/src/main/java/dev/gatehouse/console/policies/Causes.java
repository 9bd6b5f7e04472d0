package dev.gatehouse.console.policies;

import jakarta.ejb.EJBException;

/**
 * The failure a page reacts to: the business exception itself, also when an EJB container wrapped
 * it in an {@link EJBException} (as containers do with exceptions not declared application exceptions).
 */
final class Causes {
    private Causes() {
    }

    static Throwable of(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
