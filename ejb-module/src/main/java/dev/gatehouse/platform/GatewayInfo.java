package dev.gatehouse.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Gatehouse's name and version, read once from the build, as the MCP endpoint's
 * {@code serverInfo} and the admin API report them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class GatewayInfo {
    public static final String NAME = "gatehouse";
    private static final Logger LOG = Logger.getLogger(GatewayInfo.class.getName());

    private String version = "unknown";

    @PostConstruct
    void start() {
        version = readVersion();
        LOG.info(() -> "Gatehouse " + version + " is starting");
    }

    public String version() {
        return version;
    }

    static String readVersion() {
        try (InputStream in = GatewayInfo.class.getResourceAsStream("gatehouse.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
