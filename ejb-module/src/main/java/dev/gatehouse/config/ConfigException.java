package dev.gatehouse.config;

/**
 * The declarative file is invalid. The message names the YAML path (such as
 * {@code backends[1].url}) and never echoes a value, since values may hold secrets.
 */
public class ConfigException extends RuntimeException {
    private final String path;

    public ConfigException(String path, String message) {
        super(path.isEmpty() ? message : path + ": " + message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
