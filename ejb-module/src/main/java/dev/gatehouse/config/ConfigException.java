package dev.gatehouse.config;

/**
 * The declarative file is invalid. The message names the YAML path (such as
 * {@code backends[1].url}) and never echoes a value, since values may hold secrets.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ConfigException extends RuntimeException {
    private final String path;

    public ConfigException(String path, String message) {
        super(path.isEmpty() ? message : path + ": " + message);
        this.path = path;
    }

    private ConfigException(String path, String fullMessage, boolean ignored) {
        super(fullMessage);
        this.path = path;
    }

    /** The same problem, its message prefixed with the file it was found in. */
    public ConfigException in(String file) {
        return new ConfigException(path, file + ": " + getMessage(), true);
    }

    public String path() {
        return path;
    }
}
