package dev.gatehouse.web.admin;

import jakarta.ws.rs.core.SecurityContext;

/** Who made an admin change, for version histories: the authenticated administrator, else {@code admin}. */
final class AdminAuthor {
    private AdminAuthor() {
    }

    static String of(SecurityContext security) {
        return security != null && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : "admin";
    }
}
