package dev.gatehouse.registry;

/** How Gatehouse reaches a backend. Closed set: switch on it exhaustively. */
public sealed interface TransportSpec permits HttpTransportSpec, StdioTransportSpec {
    /** The wire name used in the API and the YAML file: {@code http} or {@code stdio}. */
    String kind();
}
