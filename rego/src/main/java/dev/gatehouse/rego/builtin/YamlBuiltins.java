package dev.gatehouse.rego.builtin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;

/** {@code yaml.marshal}, {@code yaml.unmarshal}, {@code yaml.is_valid} (Jackson YAML; exact numbers). */
final class YamlBuiltins {
    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private YamlBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("yaml.marshal", (a, c) -> {
            try {
                return StringValue.of(MAPPER.writeValueAsString(Values.toJackson(a.get(0))));
            } catch (JsonProcessingException e) {
                throw BuiltinException.builtinError("yaml.marshal: " + e.getOriginalMessage());
            }
        });
        b.function("yaml.unmarshal", (a, c) -> {
            try {
                return parse(Args.string("yaml.unmarshal", a, 0));
            } catch (JsonProcessingException e) {
                throw BuiltinException.builtinError("yaml.unmarshal: " + e.getOriginalMessage());
            }
        });
        b.function("yaml.is_valid", (a, c) -> {
            if (!(a.get(0) instanceof StringValue s)) {
                return BooleanValue.FALSE;
            }
            try {
                parse(s.value());
                return BooleanValue.TRUE;
            } catch (JsonProcessingException e) {
                return BooleanValue.FALSE;
            }
        });
    }

    private static Value parse(String s) throws JsonProcessingException {
        JsonNode n = MAPPER.readTree(s);
        return n == null ? NullValue.INSTANCE : Values.fromJackson(n);
    }
}
