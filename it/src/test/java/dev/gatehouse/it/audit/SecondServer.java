package dev.gatehouse.it.audit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server for one test: a copy of the provisioned {@code gatehouse} server's
 * configuration and application under another name in the same installation, on its own port,
 * with its own Derby database and the given {@code GATEHOUSE_AUDIT_DURABILITY}. It can be
 * stopped, killed with SIGKILL, and started again on the same data.
 */
final class SecondServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = "second-it-admin-pw";
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "data", "gatehouse", "tranlog",
            "derby.log", "gatehouse.url");

    private final Path wlp;
    private final String name;
    private final String durability;
    private final Path dir;
    final int port;

    private SecondServer(Path wlp, String durability, int port) {
        this.wlp = wlp;
        this.name = "gatehouse-" + durability;
        this.durability = durability;
        this.dir = wlp.resolve("usr/servers").resolve(name);
        this.port = port;
    }

    /** Creates the server directory ({@code gatehouse-<durability>}) afresh from the provisioned one. */
    static SecondServer create(String durability) throws IOException {
        Path original = Path.of(System.getProperty("gatehouse.it.server.dir")).toAbsolutePath().normalize();
        Path wlp = original.getParent().getParent().getParent();
        SecondServer server = new SecondServer(wlp, durability, freePort());
        deleteTree(server.dir);
        try (Stream<Path> files = Files.walk(original)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = original.relativize(source);
                if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = server.dir.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return server;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    AuditGatehouse gatehouse() {
        return new AuditGatehouse(base(), "admin", ADMIN_PASSWORD);
    }

    /** Starts the server and waits until it reports ready. */
    void start() throws Exception {
        run("start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = dev.gatehouse.it.Gatehouse.HTTP.send(HttpRequest.newBuilder(
                        URI.create(base() + "/health/ready")).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server " + name + " did not become ready; see " + dir.resolve("logs"));
    }

    /** The server JVM, from the pid file Liberty writes. */
    ProcessHandle process() throws IOException {
        Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    }

    /** SIGKILL to the server JVM, then to the backend processes it had started. */
    void kill9() throws Exception {
        ProcessHandle jvm = process();
        List<ProcessHandle> children = jvm.descendants().toList();
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(jvm.pid())).inheritIO().start();
        kill.waitFor(10, TimeUnit.SECONDS);
        jvm.onExit().get(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** A normal stop ({@code server stop}): the application shuts down in order. */
    void stop() throws Exception {
        List<ProcessHandle> children = process().descendants().toList();
        run("stop");
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> children = List.of();
        try {
            children = process().descendants().toList();
        } catch (IOException | RuntimeException gone) {
            // not running
        }
        run("stop");
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private void run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(wlp.resolve("bin/server").toString(), args[0], name));
        command.addAll(List.of(args).subList(1, args.length));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("usr/servers").resolve(name + "-cli.log").toFile()));
        Map<String, String> env = builder.environment();
        env.remove("GATEHOUSE_CONFIG");
        env.remove("WLP_OUTPUT_DIR"); // its output stays in its own server directory
        env.put("GATEHOUSE_HTTP_PORT", Integer.toString(port));
        env.put("GATEHOUSE_HTTP_HOST", "127.0.0.1");
        env.put("GATEHOUSE_DB", "derby");
        env.put("GATEHOUSE_AUDIT_DURABILITY", durability);
        env.put("GATEHOUSE_ADMIN_USER", "admin");
        env.put("GATEHOUSE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + String.join(" ", args) + " did not return");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
