package dev.gatehouse.connector;

import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.BackendSpecSource;
import dev.gatehouse.vault.CredentialLookup;
import dev.gatehouse.vault.CredentialMaterial;
import dev.gatehouse.vault.UnknownCredentialException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** An in-memory registry and vault for connector tests. */
final class FakeSpecs implements BackendSpecSource, CredentialLookup {
    private final Map<String, BackendSpec> specs = new ConcurrentSkipListMap<>();
    private final Map<String, CredentialMaterial> credentials = new ConcurrentHashMap<>();

    FakeSpecs put(BackendSpec spec) {
        specs.put(spec.name(), spec);
        return this;
    }

    FakeSpecs remove(String name) {
        specs.remove(name);
        return this;
    }

    FakeSpecs credential(String name, CredentialMaterial material) {
        credentials.put(name, material);
        return this;
    }

    @Override
    public List<BackendSpec> specs() {
        return List.copyOf(specs.values());
    }

    @Override
    public Optional<BackendSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    @Override
    public CredentialMaterial material(String credentialName) {
        CredentialMaterial material = credentials.get(credentialName);
        if (material == null) {
            throw new UnknownCredentialException(credentialName);
        }
        return material;
    }
}
