package dev.gatehouse.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.connector.http.ScriptedPeer.Reply;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTPS against a real TLS server whose certificate names 127.0.0.1 only (made with the JDK's keytool). */
class Http1ClientTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static SSLContext tls;
    private static ScriptedPeer peer;

    @BeforeAll
    static void startTlsPeer() throws Exception {
        Path store = Files.createTempDirectory("gatehouse-tls").resolve("peer.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "peer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=gatehouse-test",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        peer = new ScriptedPeer(tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                "https", (n, request) -> Reply.of(ScriptedPeer.json("{\"secure\":" + n + "}")));
    }

    @AfterAll
    static void stopTlsPeer() throws IOException {
        peer.close();
    }

    @Test
    void talksToATrustedServerOverTlsAndKeepsTheConnection() throws Exception {
        try (Http1Client client = new Http1Client(Duration.ofSeconds(5), Duration.ofSeconds(2), tls.getSocketFactory())) {
            int before = peer.connections.get();
            for (int i = 0; i < 2; i++) {
                Http1Response response = client.exchange(Http1Request.of("POST", peer.uri("/mcp"), "{}".getBytes(StandardCharsets.UTF_8)),
                        Duration.ofSeconds(5));
                assertThat(new String(response.bytes(), StandardCharsets.UTF_8)).startsWith("{\"secure\":");
            }
            assertThat(peer.connections.get() - before).isEqualTo(1);
        }
    }

    @Test
    void refusesAServerWhoseCertificateNamesAnotherHost() {
        try (Http1Client client = new Http1Client(Duration.ofSeconds(5), Duration.ofSeconds(2), tls.getSocketFactory())) {
            assertThatThrownBy(() -> client.exchange(Http1Request.of("GET", peer.uri("localhost", "/mcp"), null), Duration.ofSeconds(5)))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void refusesACertificateTheJvmDoesNotTrust() {
        try (Http1Client client = new Http1Client(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> client.exchange(Http1Request.of("GET", peer.uri("/mcp"), null), Duration.ofSeconds(5)))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }
}
