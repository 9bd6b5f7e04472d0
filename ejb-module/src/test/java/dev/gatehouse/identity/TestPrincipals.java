package dev.gatehouse.identity;

/** Principals for tests that need a session owner but test something else. */
public final class TestPrincipals {
    /** An unscoped agent. */
    public static final Principal AGENT = Principal.agent("test-agent", null, null);

    private TestPrincipals() {
    }
}
