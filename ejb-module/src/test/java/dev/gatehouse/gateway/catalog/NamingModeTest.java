package dev.gatehouse.gateway.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamingModeTest {
    @Test
    void prefixesWithBackendAndDoubleUnderscore() {
        assertThat(NamingMode.PREFIXED.expose("github", "create_issue")).isEqualTo("github__create_issue");
    }

    @Test
    void prefixedNamesStayWithinMcpToolNameCharacters() {
        assertThat(NamingMode.PREFIXED.expose("my-backend_2", "get.item-v1")).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void prefixFreeModePassesNamesThrough() {
        assertThat(NamingMode.NONE.expose("github", "create_issue")).isEqualTo("create_issue");
    }

    @Test
    void parsesConfigurationValuesCaseInsensitively() {
        assertThat(NamingMode.parse("None")).isEqualTo(NamingMode.NONE);
        assertThat(NamingMode.parse(" prefixed ")).isEqualTo(NamingMode.PREFIXED);
        assertThat(NamingMode.parse(null)).isEqualTo(NamingMode.PREFIXED);
    }

    @Test
    void rejectsUnknownConfigurationValue() {
        assertThatThrownBy(() -> NamingMode.parse("suffix"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gatehouse.gateway.naming");
    }
}
