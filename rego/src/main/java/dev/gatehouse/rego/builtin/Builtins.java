package dev.gatehouse.rego.builtin;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The builtin registry: name to {@link BuiltinEntry}. Immutable; {@link #toBuilder()} opens it for
 * new families. {@link #standard()} has OPA's declarations plus every implemented builtin;
 * {@link #gateway()} is the gateway's capability profile (no {@code http.send}, no
 * {@code net.lookup_ip_addr}; their declarations remain so {@code with} mocks still resolve).
 */
public final class Builtins {
    /** Builtins the gateway profile forbids calling. */
    public static final Set<String> GATEWAY_DISABLED = Set.of("http.send", "net.lookup_ip_addr");

    private static volatile Builtins standard;
    private static volatile Builtins gateway;

    private final Map<String, BuiltinEntry> entries;

    private Builtins(Map<String, BuiltinEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** OPA's declarations with all implemented builtins. */
    public static Builtins standard() {
        Builtins b = standard;
        if (b == null) {
            Builder builder = new Builder(new LinkedHashMap<>());
            for (BuiltinDecl d : Declarations.opa().values()) {
                builder.declare(d);
            }
            Families.registerAll(builder);
            b = builder.build();
            standard = b;
        }
        return b;
    }

    /** The gateway's profile: {@link #standard()} with {@link #GATEWAY_DISABLED} marked unavailable. */
    public static Builtins gateway() {
        Builtins b = gateway;
        if (b == null) {
            b = standard().withUnavailable(GATEWAY_DISABLED);
            gateway = b;
        }
        return b;
    }

    /** The entry for {@code name}, or {@code null} if no such builtin is declared. */
    public BuiltinEntry lookup(String name) {
        return entries.get(name);
    }

    /** All entries. */
    public Collection<BuiltinEntry> all() {
        return entries.values();
    }

    /** A copy where the named builtins are declared but unavailable. */
    public Builtins withUnavailable(Set<String> names) {
        Map<String, BuiltinEntry> m = new LinkedHashMap<>(entries);
        for (String n : names) {
            m.computeIfPresent(n, (k, e) -> e.withAvailable(false));
        }
        return new Builtins(m);
    }

    /** A builder starting from this registry's entries. */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(entries));
    }

    /** Adds declarations and implementations; later registrations replace earlier ones. */
    public static final class Builder {
        private final Map<String, BuiltinEntry> entries;

        private Builder(Map<String, BuiltinEntry> entries) {
            this.entries = entries;
        }

        /** Declares a builtin without implementation (keeps an existing implementation). */
        public Builder declare(BuiltinDecl decl) {
            BuiltinEntry old = entries.get(decl.name());
            entries.put(decl.name(), old == null ? new BuiltinEntry(decl, null, null, true)
                    : new BuiltinEntry(decl, old.function(), old.relation(), old.available()));
            return this;
        }

        /** Implements an already declared builtin. */
        public Builder function(String name, Builtin impl) {
            BuiltinEntry old = entries.get(name);
            if (old == null) {
                throw new IllegalArgumentException("builtin " + name + " is not declared");
            }
            entries.put(name, new BuiltinEntry(old.decl(), guarded(name, impl), null, old.available()));
            return this;
        }

        /** Declares and implements a builtin. */
        public Builder function(BuiltinDecl decl, Builtin impl) {
            entries.put(decl.name(), new BuiltinEntry(decl, guarded(decl.name(), impl), null, true));
            return this;
        }

        /**
         * Wraps an implementation so that an unexpected runtime exception (a bug, or input no check
         * anticipated) surfaces as an {@code eval_builtin_error} for this call instead of aborting evaluation.
         */
        private static Builtin guarded(String name, Builtin impl) {
            return (args, ctx) -> {
                try {
                    return impl.call(args, ctx);
                } catch (RuntimeException e) {
                    throw BuiltinException.builtinError(name + ": " + (e.getMessage() == null
                            ? e.getClass().getSimpleName() : e.getMessage()));
                }
            };
        }

        /** Implements an already declared relation. */
        public Builder relation(String name, Relation impl) {
            BuiltinEntry old = entries.get(name);
            if (old == null) {
                throw new IllegalArgumentException("builtin " + name + " is not declared");
            }
            entries.put(name, new BuiltinEntry(old.decl(), null, impl, old.available()));
            return this;
        }

        /** The registry. */
        public Builtins build() {
            return new Builtins(new LinkedHashMap<>(entries));
        }
    }
}
