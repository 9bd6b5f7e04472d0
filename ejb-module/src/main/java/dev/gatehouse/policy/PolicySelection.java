package dev.gatehouse.policy;

import java.util.List;
import java.util.Map;

/** Which policies a simulation evaluates. */
public sealed interface PolicySelection {

    /** The enabled policies, exactly as enforcement uses them now. */
    record Enabled() implements PolicySelection {
    }

    /** Stored policies by name, enabled or not, at their current versions. */
    record Stored(List<String> names) implements PolicySelection {
        public Stored {
            names = List.copyOf(names);
        }
    }

    /** Unsaved drafts, name to source; compiled for this simulation only (version 0). */
    record Drafts(Map<String, String> sources) implements PolicySelection {
        public Drafts {
            sources = Map.copyOf(sources);
        }
    }
}
