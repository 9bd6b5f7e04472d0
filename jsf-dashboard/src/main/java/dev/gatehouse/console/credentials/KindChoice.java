package dev.gatehouse.console.credentials;

import dev.gatehouse.vault.BearerCredential;
import dev.gatehouse.vault.CredentialKind;
import dev.gatehouse.vault.EnvCredential;
import dev.gatehouse.vault.HeadersCredential;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the console presents and edits one credential kind. Built by an exhaustive switch over
 * the sealed {@link CredentialKind}, so a new kind does not compile until it has a form here.
 *
 * @param kind      the wire name ({@code bearer}, ...)
 * @param label     what the operator reads
 * @param transport the backend transport it suits ({@code http} or {@code stdio})
 * @param rowPrefix for kinds edited as name/value rows, the secret path prefix ({@code headers.}); empty for a token
 * @param rowLabel  what one row's name is ("Header", "Variable"); empty for a token
 * @param hint      how a backend receives it
 */
public record KindChoice(String kind, String label, String transport, String rowPrefix, String rowLabel, String hint)
        implements Serializable {

    /** Every kind the vault permits, in the order the form offers them. */
    private static final List<KindChoice> ALL = Stream.<CredentialKind>of(new BearerCredential("sample"),
            new HeadersCredential(Map.of("Sample", "sample")), new EnvCredential(Map.of("SAMPLE", "sample")))
            .map(KindChoice::of).toList();

    static KindChoice of(CredentialKind sample) {
        String transport = CredentialKind.transportFor(sample.kind());
        return switch (sample) {
            case BearerCredential b -> new KindChoice(b.kind(), "Bearer token", transport, "", "",
                    "Sent as Authorization: Bearer <token> on every request to an HTTP backend.");
            case HeadersCredential h -> new KindChoice(h.kind(), "HTTP headers", transport, "headers.", "Header",
                    "Each header is sent on every request to an HTTP backend.");
            case EnvCredential e -> new KindChoice(e.kind(), "Environment variables", transport, "env.", "Variable",
                    "Each variable is set in the environment of a stdio backend's process.");
        };
    }

    public static List<KindChoice> all() {
        return ALL;
    }

    public static Optional<KindChoice> named(String kind) {
        return ALL.stream().filter(c -> c.kind.equals(kind)).findFirst();
    }

    /** Whether the kind is edited as rows of name and value (else as one token). */
    public boolean rows() {
        return !rowPrefix.isEmpty();
    }
}
