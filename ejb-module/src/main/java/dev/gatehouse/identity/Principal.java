package dev.gatehouse.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of one request, as policies and the audit log see it (the
 * {@code principal} of the policy input, DESIGN §3).
 *
 * @param kind     what authenticated: an agent's key or token, a signed-in user, the operator
 * @param agent    the agent's name, or {@code null} when no agent is involved
 * @param user     the user the call acts for, or {@code null}
 * @param scopes   granted scopes (empty for API keys)
 * @param groups   the user's groups
 * @param claims   extra claims (token claims), an empty object when there are none
 * @param backends the backends this principal is scoped to, or {@code null} for no scoping
 */
public record Principal(Kind kind, String agent, String user, Set<String> scopes, Set<String> groups,
                        JsonNode claims, Set<String> backends) {

    /** How the caller authenticated. */
    public enum Kind {
        AGENT, USER, OPERATOR;

        /** The wire form in the policy input and the audit log. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Principal {
        Objects.requireNonNull(kind, "principal kind is required");
        if (kind == Kind.AGENT && (agent == null || agent.isBlank())) {
            throw new IllegalArgumentException("an agent principal needs the agent's name");
        }
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        claims = claims == null ? JsonNodeFactory.instance.objectNode() : claims;
        backends = backends == null ? null : Set.copyOf(backends);
    }

    public static Principal agent(String agent, String user, Set<String> backends) {
        return new Principal(Kind.AGENT, agent, user, Set.of(), Set.of(), null, backends);
    }

    public static Principal operator(String name) {
        return new Principal(Kind.OPERATOR, null, name, Set.of(), Set.of(), null, null);
    }

    /**
     * The caller of a simulated request, as enforcement would see it: an agent when one is
     * named (acting for {@code user} when given), else that user, else the operator. Unscoped.
     */
    public static Principal simulated(String agent, String user, Set<String> scopes, Set<String> groups, JsonNode claims) {
        Kind kind = agent != null ? Kind.AGENT : user != null ? Kind.USER : Kind.OPERATOR;
        return new Principal(kind, agent, user, scopes, groups, claims, null);
    }

    /** Whether this principal may see and reach the named backend at all (before policies). */
    public boolean mayUse(String backend) {
        return backends == null || backends.contains(backend);
    }

    public Optional<Set<String>> scopedBackends() {
        return Optional.ofNullable(backends);
    }

    /** A short name for logs and the audit feed: the agent, else the user, else the kind. */
    public String displayName() {
        return agent != null ? agent : user != null ? user : kind.wire();
    }
}
