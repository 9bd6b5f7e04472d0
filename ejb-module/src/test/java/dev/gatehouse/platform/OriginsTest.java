package dev.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void sameHostAndPortWithDefaultPortsFilledInByScheme() {
        assertThat(Origins.sameAuthority("http://gatehouse.example:9080", "gatehouse.example:9080")).isTrue();
        assertThat(Origins.sameAuthority("https://gatehouse.example", "gatehouse.example")).isTrue();
        assertThat(Origins.sameAuthority("https://gatehouse.example", "gatehouse.example:443")).isTrue();
        assertThat(Origins.sameAuthority("http://[::1]:9080", "[::1]:9080")).isTrue();
        assertThat(Origins.sameAuthority("http://[::1]", "[::1]")).isTrue();
    }

    @Test
    void anotherHostPortSchemeOrAnOpaqueOriginIsNotTheSame() {
        assertThat(Origins.sameAuthority("https://attacker.example", "gatehouse.example")).isFalse();
        assertThat(Origins.sameAuthority("http://gatehouse.example:9081", "gatehouse.example:9080")).isFalse();
        assertThat(Origins.sameAuthority("http://gatehouse.example", "gatehouse.example:443")).isFalse();
        assertThat(Origins.sameAuthority("null", "gatehouse.example")).isFalse();
        assertThat(Origins.sameAuthority("ftp://gatehouse.example", "gatehouse.example")).isFalse();
        assertThat(Origins.sameAuthority("https://gatehouse.example", null)).isFalse();
    }
}
