package dev.gatehouse.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsolePathsTest {

    @Test
    void sendsTheOperatorBackToTheConsolePageAndQueryItAskedFor() {
        assertThat(ConsolePaths.redirectTo("/audit/index.xhtml")).isEqualTo("/audit/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("/backends/backend.xhtml?name=files"))
                .isEqualTo("/backends/backend?name=files&faces-redirect=true");
    }

    @Test
    void sendsAnythingElseToTheOverview() {
        assertThat(ConsolePaths.redirectTo(null)).isEqualTo("/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("https://attacker.example/")).isEqualTo("/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("//attacker.example/x")).isEqualTo("/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("/signin.xhtml")).isEqualTo("/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("/a/../b")).isEqualTo("/index?faces-redirect=true");
        assertThat(ConsolePaths.redirectTo("/index.xhtml?x=\"><script>")).isEqualTo("/index?faces-redirect=true");
    }
}
