package dev.gatehouse.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleGuardTest {

    @Test
    void acceptsPostsWithoutOriginOrFromTheSameHostAndPort() {
        assertThat(ConsoleGuard.sameOrigin(null, "gatehouse.example:9080")).isTrue();
        assertThat(ConsoleGuard.sameOrigin("http://gatehouse.example:9080", "gatehouse.example:9080")).isTrue();
        assertThat(ConsoleGuard.sameOrigin("https://gatehouse.example", "gatehouse.example")).isTrue();
        assertThat(ConsoleGuard.sameOrigin("https://gatehouse.example", "gatehouse.example:443")).isTrue();
    }

    @Test
    void refusesPostsFromAnotherSitePortOrAnOpaqueOrigin() {
        assertThat(ConsoleGuard.sameOrigin("https://attacker.example", "gatehouse.example")).isFalse();
        assertThat(ConsoleGuard.sameOrigin("http://gatehouse.example:9081", "gatehouse.example:9080")).isFalse();
        assertThat(ConsoleGuard.sameOrigin("null", "gatehouse.example:9080")).isFalse();
        assertThat(ConsoleGuard.sameOrigin("http://gatehouse.example.attacker.example", "gatehouse.example")).isFalse();
    }

    @Test
    void leavesOnlySignInErrorPagesAndResourcesOpen() {
        assertThat(ConsoleGuard.isOpen("/signin.xhtml")).isTrue();
        assertThat(ConsoleGuard.isOpen("/jakarta.faces.resource/console.css.xhtml")).isTrue();
        assertThat(ConsoleGuard.isOpen("/webjars/codemirror/5.65.19/lib/codemirror.js")).isTrue();
        assertThat(ConsoleGuard.isOpen("/index.xhtml")).isFalse();
        assertThat(ConsoleGuard.isOpen("/backends/index.xhtml")).isFalse();
        assertThat(ConsoleGuard.isOpen("/signin.xhtml/../index.xhtml")).isFalse();
    }
}
