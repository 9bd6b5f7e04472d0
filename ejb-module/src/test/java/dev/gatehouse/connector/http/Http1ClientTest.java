package dev.gatehouse.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.connector.http.ScriptedPeer.After;
import dev.gatehouse.connector.http.ScriptedPeer.Reply;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Http1ClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final Http1Client client = new Http1Client(Duration.ofSeconds(2));

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static Http1Request post(URI uri, String body) {
        return Http1Request.of("POST", uri, body.getBytes(StandardCharsets.UTF_8)).with("Content-Type", "application/json");
    }

    private static String text(Http1Response response) throws IOException {
        return new String(response.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void sendsAWellFormedRequestAndReusesTheConnectionForTheNext() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{\"n\":" + n + "}")))) {
            Http1Response first = client.exchange(post(peer.uri("/mcp?x=1"), "{\"a\":1}").with("X-Key", "k1"), TIMEOUT);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("content-type")).contains("application/json");
            assertThat(text(first)).isEqualTo("{\"n\":0}");
            assertThat(text(client.exchange(post(peer.uri("/mcp"), "{}"), TIMEOUT))).isEqualTo("{\"n\":1}");

            ScriptedPeer.Received request = peer.received.getFirst();
            assertThat(request.requestLine()).isEqualTo("POST /mcp?x=1 HTTP/1.1");
            assertThat(request.hasField("Host: " + peer.uri("").getAuthority())).isTrue();
            assertThat(request.hasField("Content-Length: 7")).isTrue();
            assertThat(request.hasField("X-Key: k1")).isTrue();
            assertThat(request.body()).isEqualTo("{\"a\":1}");
            assertThat(peer.connections.get()).isEqualTo(1);
            assertThat(peer.received.get(1).connection()).isEqualTo(1);
        }
    }

    @Test
    void decodesChunkedBodiesWithExtensionsAndTrailersAndKeepsTheConnection() throws Exception {
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n";
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(chunked))) {
            assertThat(text(client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))).isEqualTo("hello, world");
            assertThat(text(client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))).isEqualTo("hello, world");
            assertThat(peer.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void readsABodyWithoutLengthToTheEndOfTheConnectionAndDoesNotReuseIt() throws Exception {
        Reply closeDelimited = Reply.of("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it").then(After.CLOSE);
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> closeDelimited)) {
            assertThat(text(client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))).isEqualTo("all of it");
            assertThat(text(client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))).isEqualTo("all of it");
            assertThat(peer.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void honoursConnectionCloseAndSkipsInterimAnswers() throws Exception {
        String answer = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                + "HTTP/1.1 202 Accepted\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(answer))) {
            Http1Response response = client.exchange(post(peer.uri("/"), "{}"), TIMEOUT);
            assertThat(response.status()).isEqualTo(202);
            assertThat(response.bytes()).isEmpty();
            client.exchange(post(peer.uri("/"), "{}"), TIMEOUT).discard();
            assertThat(peer.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void sendsOnceMoreOnAFreshConnectionWhenTheServerClosedAKeptAliveOne() throws Exception {
        // the first answer keeps the connection alive, then the server closes it anyway
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{\"n\":" + n + "}"))
                .then(n == 0 ? After.CLOSE : After.KEEP_OPEN))) {
            assertThat(text(client.exchange(post(peer.uri("/"), "{\"first\":1}"), TIMEOUT))).isEqualTo("{\"n\":0}");
            Thread.sleep(100); // the close reaches the client's side
            assertThat(text(client.exchange(post(peer.uri("/"), "{\"second\":2}"), TIMEOUT))).isEqualTo("{\"n\":1}");
            assertThat(peer.connections.get()).isEqualTo(2);
            assertThat(peer.received).extracting(ScriptedPeer.Received::body).containsExactly("{\"first\":1}", "{\"second\":2}");
        }
    }

    @Test
    void neverSendsTwiceOnAFreshConnection() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> null)) {
            assertThatThrownBy(() -> client.exchange(post(peer.uri("/"), "{}"), TIMEOUT)).isInstanceOf(EOFException.class);
            assertThat(peer.received).hasSize(1);
        }
    }

    @Test
    void aSlowAnswerCanBeLeftToAnotherThreadWithNothingLost() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{\"late\":true}")).delayed(300))) {
            Http1Exchange exchange = client.send(post(peer.uri("/"), "{}"), TIMEOUT);
            assertThat(exchange.awaitResponse(Duration.ofMillis(20))).isEmpty();
            CompletableFuture<String> later = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    later.complete(text(exchange.response()));
                } catch (IOException e) {
                    later.completeExceptionally(e);
                }
            });
            assertThat(later.get(5, TimeUnit.SECONDS)).isEqualTo("{\"late\":true}");
        }
    }

    @Test
    void cancellingAnExchangeReleasesTheThreadAwaitingItsAnswer() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{}")).delayed(10_000))) {
            Http1Exchange exchange = client.send(post(peer.uri("/"), "{}"), Duration.ofSeconds(30));
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    exchange.response();
                    failure.complete(null);
                } catch (IOException e) {
                    failure.complete(e);
                }
            });
            Thread.sleep(100);
            exchange.cancel();
            assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
            assertThat(peer.received).hasSize(1);
        }
    }

    @Test
    void anAnswerThatNeverComesTimesOut() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{}")).delayed(5_000))) {
            assertThatThrownBy(() -> client.exchange(post(peer.uri("/"), "{}"), Duration.ofMillis(200)))
                    .isInstanceOf(HttpTimeoutException.class);
            assertThat(client.openConnections()).isZero();
        }
    }

    @Test
    void aRefusedConnectionIsAConnectException() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        assertThatThrownBy(() -> client.exchange(post(URI.create("http://127.0.0.1:" + port + "/"), "{}"), TIMEOUT))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void closingABodyBeforeItsEndClosesTheConnection() throws Exception {
        String longBody = "x".repeat(100_000);
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json(longBody)))) {
            Http1Response response = client.exchange(post(peer.uri("/"), "{}"), TIMEOUT);
            try (InputStream body = response.body()) {
                assertThat(body.readNBytes(10)).hasSize(10);
            }
            assertThat(text(client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))).hasSize(100_000);
            assertThat(peer.connections.get()).isEqualTo(2);
        }
    }

    @Test
    void aConnectionIdleLongerThanTheLimitIsNotReused() throws Exception {
        try (Http1Client quick = new Http1Client(Duration.ofSeconds(2), Duration.ofMillis(50), null);
             ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of(ScriptedPeer.json("{}")))) {
            quick.exchange(post(peer.uri("/"), "{}"), TIMEOUT).discard();
            Thread.sleep(120);
            quick.exchange(post(peer.uri("/"), "{}"), TIMEOUT).discard();
            assertThat(peer.connections.get()).isEqualTo(2);
            assertThat(peer.received).hasSize(2);
        }
    }

    @Test
    void refusesHeadersThatWouldSplitOrReframeTheRequestWithoutShowingTheirValue() {
        URI uri = URI.create("http://127.0.0.1:1/");
        Http1Request request = Http1Request.of("POST", uri, null);
        assertThatThrownBy(() -> request.with("Authorization", "Bearer s3cret\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> request.with("Content-Length", "1")).hasMessageContaining("set by the HTTP client");
        assertThatThrownBy(() -> request.with("Bad Name", "v")).hasMessageContaining("not a valid header name");
        assertThatThrownBy(() -> Http1Request.of("POST", URI.create("ftp://host/"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnswersThatAreNotHttp() throws Exception {
        try (ScriptedPeer peer = new ScriptedPeer((n, request) -> Reply.of("SSH-2.0-OpenSSH\r\n\r\n"))) {
            assertThatThrownBy(() -> client.exchange(post(peer.uri("/"), "{}"), TIMEOUT))
                    .isInstanceOf(IOException.class).hasMessageContaining("status line");
        }
    }
}
