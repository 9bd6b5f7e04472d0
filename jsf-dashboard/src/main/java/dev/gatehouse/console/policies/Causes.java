package dev.gatehouse.console.policies;

import jakarta.ejb.EJBException;

/** The business exception inside an EJB container's wrapper (the policy exceptions are not application exceptions). */
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
