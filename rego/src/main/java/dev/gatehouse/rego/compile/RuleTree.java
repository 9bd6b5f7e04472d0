package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of virtual documents under {@code data}: one node per constant path segment of a package or rule head.
 * Built once by the compiler and never modified afterwards, so it is safe to share between threads.
 */
public final class RuleTree {

    /** A node; {@link #path()} is the full path below {@code data}. */
    public static final class Node {
        private final List<Value> path;
        final Map<Value, Node> children = new LinkedHashMap<>();
        final List<CRule> rules = new ArrayList<>();
        CRule defaultRule;
        CRule.Kind kind;
        RuleIndex index;

        Node(List<Value> path) {
            this.path = path;
        }

        /** Path below {@code data}. */
        public List<Value> path() {
            return path;
        }

        /** Child nodes by key. */
        public Map<Value, Node> children() {
            return children;
        }

        /** Rules defined exactly at this node (all of one kind, except MULTI rules which may mix with children). */
        public List<CRule> rules() {
            return rules;
        }

        /** Rules that may apply for this input (all rules unless an index narrows them). */
        public List<CRule> candidates(Value input) {
            return index == null ? rules : index.candidates(input);
        }

        /** The {@code default} rule or null. */
        public CRule defaultRule() {
            return defaultRule;
        }

        /** Kind of the rules here, null for a pure prefix node. */
        public CRule.Kind kind() {
            return kind;
        }

        /** Whether rules (other than MULTI) define this node's value directly. */
        public boolean isLeafRule() {
            return kind == CRule.Kind.COMPLETE || kind == CRule.Kind.SET || kind == CRule.Kind.FUNCTION;
        }

        /** Child for a key, or null. */
        public Node child(Value key) {
            return children.get(key);
        }

        Node childOrCreate(Value key) {
            return children.computeIfAbsent(key, k -> {
                List<Value> p = new ArrayList<>(path);
                p.add(k);
                return new Node(List.copyOf(p));
            });
        }

        @Override
        public String toString() {
            return Compiler.pathString(path);
        }
    }

    private final Node root = new Node(List.of());
    private final Map<CRule, Value[]> metadata = new java.util.IdentityHashMap<>();

    /** {@code [rego.metadata.rule(), rego.metadata.chain()]} for a compiled rule (any branch), or null. */
    public Value[] metadata(CRule rule) {
        return metadata.get(rule);
    }

    void putMetadata(CRule rule, Value ruleAnnotations, Value chain) {
        for (CRule c = rule; c != null; c = c.elseRule()) {
            metadata.put(c, new Value[] {ruleAnnotations, chain});
        }
    }

    /** The {@code data} node. */
    public Node root() {
        return root;
    }

    /** Node at a path, or null. */
    public Node find(List<Value> path) {
        Node n = root;
        for (Value k : path) {
            n = n.children.get(k);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Builds the rule indexes of all nodes; called once when compilation finished. */
    void buildIndexes(Node n) {
        if (n.kind == CRule.Kind.COMPLETE || n.kind == CRule.Kind.SET) {
            n.index = RuleIndex.build(n.rules);
        }
        for (Node c : n.children.values()) {
            buildIndexes(c);
        }
    }

    Node ensure(List<Value> path) {
        Node n = root;
        for (Value k : path) {
            n = n.childOrCreate(k);
        }
        return n;
    }
}
