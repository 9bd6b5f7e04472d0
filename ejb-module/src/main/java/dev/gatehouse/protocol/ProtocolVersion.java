package dev.gatehouse.protocol;

import java.util.Arrays;
import java.util.Optional;

/**
 * The MCP revisions Gatehouse speaks, newest last, each with its era. The era is an attribute
 * of each side of a call (agent side, backend side), never a second code path through the
 * gateway.
 */
public enum ProtocolVersion {
    V2025_03_26("2025-03-26", Era.LEGACY),
    V2025_06_18("2025-06-18", Era.LEGACY),
    V2025_11_25("2025-11-25", Era.LEGACY),
    V2026_07_28("2026-07-28", Era.MODERN);

    /** Session-based (initialize, Mcp-Session-Id) or stateless (_meta carries version and capabilities). */
    public enum Era { LEGACY, MODERN }

    /** The newest legacy revision: what Gatehouse offers in {@code initialize}. */
    public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;

    private final String wire;
    private final Era era;

    ProtocolVersion(String wire, Era era) {
        this.wire = wire;
        this.era = era;
    }

    public String wire() {
        return wire;
    }

    public Era era() {
        return era;
    }

    public static Optional<ProtocolVersion> fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wire.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wire;
    }
}
