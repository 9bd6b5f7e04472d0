package dev.gatehouse.rego.compile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.ast.Module;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * METADATA annotations: parses a comment block's YAML into the object {@code rego.metadata.rule()} returns
 * (authors normalised to {@code {name, email}}, {@code scope} filled in).
 */
final class Annotations {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*<([^>]*)>\\s*$");

    private Annotations() {
    }

    /** The block ending on the row before {@code row}, or null. */
    static Module.Metadata before(List<Module.Metadata> blocks, int row) {
        for (Module.Metadata m : blocks) {
            if (m.lastRow() == row - 1) {
                return m;
            }
        }
        return null;
    }

    /** Parses a block; reports a {@code rego_parse_error} and returns null when the YAML is invalid. */
    static ObjectValue parse(Module.Metadata block, String defaultScope, List<RegoError> errors) {
        Value v;
        try {
            v = block.yaml().isBlank() ? ObjectValue.EMPTY : Values.fromJackson(YAML.readTree(block.yaml()));
        } catch (Exception e) {
            errors.add(RegoError.at("rego_parse_error", block.loc(), "yaml: unmarshal errors"));
            return null;
        }
        if (!(v instanceof ObjectValue o)) {
            return ObjectValue.EMPTY.with(Value.of("scope"), Value.of(defaultScope));
        }
        ObjectValue out = o;
        if (o.get("scope") == null) {
            out = out.with(Value.of("scope"), Value.of(defaultScope));
        }
        if (o.get("authors") instanceof ArrayValue authors) {
            List<Value> norm = new ArrayList<>();
            for (Value a : authors.asList()) {
                norm.add(a instanceof StringValue s ? author(s.value()) : a);
            }
            out = out.with(Value.of("authors"), ArrayValue.copyOf(norm));
        }
        return out;
    }

    private static Value author(String s) {
        Matcher m = AUTHOR.matcher(s);
        ObjectValue.Builder b = ObjectValue.builder();
        if (m.matches()) {
            if (!m.group(1).isBlank()) {
                b.put("name", Value.of(m.group(1).trim()));
            }
            b.put("email", Value.of(m.group(2).trim()));
        } else {
            b.put("name", Value.of(s.trim()));
        }
        return b.build();
    }
}
