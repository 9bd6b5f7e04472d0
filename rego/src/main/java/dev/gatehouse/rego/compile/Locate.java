package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.ast.Location;
import dev.gatehouse.rego.ast.Term;

/** Finds where a variable occurs in a term, for error positions. */
final class Locate {
    private Locate() {
    }

    /** Location of the first occurrence of {@code name} in {@code t}, or {@code fallback}. */
    static Location var(Term t, String name, Location fallback) {
        Location l = find(t, name);
        return l != null ? l : fallback;
    }

    private static Location find(Term t, String name) {
        return switch (t) {
            case Term.Var v -> v.name().equals(name) ? v.loc() : null;
            case Term.Ref r -> {
                Location l = find(r.head(), name);
                for (int i = 0; l == null && i < r.path().size(); i++) {
                    l = find(r.path().get(i), name);
                }
                yield l;
            }
            case Term.Arr a -> first(a.items(), name);
            case Term.SetT s -> first(s.items(), name);
            case Term.Obj o -> {
                Location l = first(o.keys(), name);
                yield l != null ? l : first(o.values(), name);
            }
            case Term.Call c -> first(c.args(), name);
            default -> null;
        };
    }

    private static Location first(java.util.List<Term> ts, String name) {
        for (Term t : ts) {
            Location l = find(t, name);
            if (l != null) {
                return l;
            }
        }
        return null;
    }
}
