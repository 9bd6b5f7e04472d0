package dev.gatehouse.rego.builtin;

/** Registers every implemented builtin family into a builder. */
final class Families {
    private Families() {
    }

    static void registerAll(Builtins.Builder b) {
        NumberBuiltins.register(b);
        SetBuiltins.register(b);
        AggregateBuiltins.register(b);
        TypeBuiltins.register(b);
        StringBuiltins.register(b);
        ObjectBuiltins.register(b);
        JsonBuiltins.register(b);
        RegexBuiltins.register(b);
        GlobBuiltins.register(b);
        EncodingBuiltins.register(b);
        UnitsBuiltins.register(b);
        GraphBuiltins.register(b);
        SemverBuiltins.register(b);
        UuidBuiltins.register(b);
        TimeBuiltins.register(b);
        NetBuiltins.register(b);
        MiscBuiltins.register(b);
        CryptoBuiltins.register(b);
        YamlBuiltins.register(b);
        HttpSendBuiltin.register(b);
        JwtBuiltins.register(b);
        X509Builtins.register(b);
        AwsBuiltins.register(b);
        JsonSchemaBuiltins.register(b);
    }
}
