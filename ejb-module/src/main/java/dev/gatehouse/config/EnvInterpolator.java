package dev.gatehouse.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * Replaces {@code ${NAME}} in a YAML string value with the environment variable {@code NAME};
 * <code>$${</code> stands for a literal <code>${</code>. A variable that is not set is an error naming the
 * variable and the YAML path, never the value.
 */
public final class EnvInterpolator {
    private final Function<String, String> environment;

    /** @param environment looks a variable up; {@code System::getenv} in production */
    public EnvInterpolator(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment is required");
    }

    public String interpolate(String value, String path) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '$' && value.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && value.startsWith("${", i)) {
                int end = value.indexOf('}', i + 2);
                if (end < 0) {
                    throw new ConfigException(path, "unterminated ${ (write $${ for a literal ${)");
                }
                String name = value.substring(i + 2, end);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new ConfigException(path, "'${" + name + "}' is not a valid environment variable reference");
                }
                String replacement = environment.apply(name);
                if (replacement == null) {
                    throw new ConfigException(path, "environment variable " + name + " is not set");
                }
                out.append(replacement);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
