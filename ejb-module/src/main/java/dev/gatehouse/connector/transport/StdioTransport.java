package dev.gatehouse.connector.transport;

import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MCP over a child process: newline-delimited JSON on stdin and stdout. The process's stderr
 * goes to the log, prefixed with the backend name, and never anywhere else.
 *
 * <p>Shutdown is gentle first: close stdin and wait, then SIGTERM ({@link Process#destroy()})
 * and wait, then kill. Children of the process get the same signals, so a launcher such as
 * {@code npx} does not leave its server behind. An exit that {@link #close()} did not cause
 * is reported to the listener as a failure.
 */
public final class StdioTransport implements Transport {
    private static final Logger LOG = Logger.getLogger(StdioTransport.class.getName());

    private final String backend;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Duration grace;
    private final ThreadFactory threads;
    private final SecretRedactor redactor;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile Process process;
    private volatile TransportListener listener;
    private OutputStream stdin;

    /**
     * @param backend     the backend name, for log lines
     * @param command     the executable followed by its arguments
     * @param environment variables added to the inherited environment (spec env, then credential env)
     * @param grace       how long each shutdown step waits for the process to exit
     * @param threads     where the stdout and stderr readers run
     * @param redactor    hides credential values in log lines and errors
     */
    public StdioTransport(String backend, List<String> command, Map<String, String> environment,
                          Duration grace, ThreadFactory threads, SecretRedactor redactor) {
        this.backend = backend;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.grace = grace;
        this.threads = threads;
        this.redactor = redactor;
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TransportException(redactor.redact("cannot start '" + command.getFirst() + "': " + e.getMessage()), e);
        }
        stdin = process.getOutputStream();
        LOG.log(Level.INFO, "[{0}] started process {1} ({2})", new Object[] {backend, process.pid(), command.getFirst()});
        threads.newThread(this::readStdout).start();
        threads.newThread(this::readStderr).start();
        process.onExit().thenAccept(p -> report(new TransportException("the backend process exited with code " + p.exitValue())));
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        byte[] line = (McpJson.write(message) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (this) {
                stdin.write(line);
                stdin.flush();
            }
            return CompletableFuture.completedFuture(null);
        } catch (IOException | NullPointerException e) {
            return CompletableFuture.failedFuture(new TransportException("cannot write to the backend process: it has exited"));
        }
    }

    @Override
    public String flavour() {
        return "stdio";
    }

    /** The process id, or -1 before start. */
    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    private void readStdout() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    listener.message(McpJson.parse(line), null);
                } catch (McpException e) {
                    LOG.log(Level.WARNING, "[{0}] ignored a line on stdout that is not JSON-RPC: {1}",
                            new Object[] {backend, e.getMessage()});
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "[{0}] stdout closed: {1}", new Object[] {backend, e.getMessage()});
        }
    }

    private void readStderr() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                LOG.log(Level.INFO, "[{0}] {1}", new Object[] {backend, redactor.redact(line)});
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "[{0}] stderr closed: {1}", new Object[] {backend, e.getMessage()});
        }
    }

    private void report(TransportException cause) {
        if (!closing.get() && reported.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "[{0}] {1}", new Object[] {backend, cause.getMessage()});
            listener.closed(cause);
        }
    }

    /** Closes stdin, waits; SIGTERM, waits; then kills. Blocks for at most about twice the grace period. */
    @Override
    public void close() {
        Process p = process;
        if (p == null || !closing.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> children = new ArrayList<>(p.descendants().toList());
        try {
            synchronized (this) {
                stdin.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "[{0}] stdin already closed", backend);
        }
        if (!waitFor(p)) {
            LOG.log(Level.FINE, "[{0}] process {1} ignored the end of stdin; terminating", new Object[] {backend, p.pid()});
            children.forEach(ProcessHandle::destroy);
            p.destroy();
            if (!waitFor(p)) {
                LOG.log(Level.INFO, "[{0}] process {1} ignored SIGTERM; killing", new Object[] {backend, p.pid()});
                children.forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                waitFor(p);
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        LOG.log(Level.INFO, "[{0}] process {1} stopped", new Object[] {backend, p.pid()});
    }

    private boolean waitFor(Process p) {
        try {
            return p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
