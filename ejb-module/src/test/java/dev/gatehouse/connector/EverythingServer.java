package dev.gatehouse.connector;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real {@code @modelcontextprotocol/server-everything} from {@code it/mcp-servers}: specs
 * for running it over stdio, and HTTP instances (Streamable HTTP or legacy SSE) on free ports.
 * Tests that use it skip when {@code npm ci} was not run there.
 */
final class EverythingServer implements AutoCloseable {
    static final Path SCRIPT = Path.of("..", "it", "mcp-servers", "node_modules", "@modelcontextprotocol",
            "server-everything", "dist", "index.js").toAbsolutePath().normalize();

    private final Process process;
    final int port;

    private EverythingServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static void assumeInstalled() {
        assumeTrue(Files.isRegularFile(SCRIPT), "server-everything is not installed: run 'npm ci' in it/mcp-servers");
    }

    /** A stdio spec; {@code marker} is an extra (ignored) argument that identifies the process. */
    static BackendSpec stdio(String name, String marker, long version) {
        return new BackendSpec(name, true, new StdioTransportSpec("node", List.of(SCRIPT.toString(), "stdio", marker),
                Map.of("GATEHOUSE_PLAIN", "plain-value")), null, version);
    }

    static BackendSpec http(String name, URI url, String credential, long version) {
        return new BackendSpec(name, true, new HttpTransportSpec(url), credential, version);
    }

    static String marker() {
        return "--gatehouse-test=" + UUID.randomUUID();
    }

    /** Starts it in {@code streamableHttp} or {@code sse} mode on {@code port} and waits until it listens. */
    static EverythingServer startHttp(String mode, int port) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", SCRIPT.toString(), mode)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", Integer.toString(port));
        EverythingServer server = new EverythingServer(builder.start(), port);
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return server;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        server.close();
        throw new IllegalStateException("server-everything did not listen on " + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The live child processes of this JVM whose arguments contain {@code marker}. */
    static List<ProcessHandle> processesWith(String marker) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false)).toList();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
