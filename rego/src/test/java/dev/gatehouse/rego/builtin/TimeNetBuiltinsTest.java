package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeNetBuiltinsTest {

    @Test
    void formatsWithGoLayoutsAndZones() throws Exception {
        assertThat(j("time.format", "1670006453141828752")).isEqualTo("\"2022-12-02T18:40:53.141828752Z\"");
        assertThat(j("time.format", "[1670006453141828752, \"Asia/Kolkata\", \"RFC1123Z\"]"))
                .isEqualTo("\"Sat, 03 Dec 2022 00:10:53 +0530\"");
        assertThat(j("time.format", "[0, \"UTC\", \"Mon Jan _2 3:04PM 06\"]")).isEqualTo("\"Thu Jan  1 12:00AM 70\"");
    }

    @Test
    void parsesGoLayoutsAndChecksRange() throws Exception {
        assertThat(j("time.parse_ns", "\"2006-01-02\"", "\"2020-02-02\"")).isEqualTo("1580601600000000000");
        assertThat(j("time.parse_rfc3339_ns", "\"2017-06-02T19:00:00-07:00\"")).isEqualTo("1496455200000000000");
        assertThat(j("time.parse_rfc3339_ns", "\"1970-01-01T00:00:00.5Z\"")).isEqualTo("500000000");
        assertThatThrownBy(() -> j("time.parse_rfc3339_ns", "\"2262-04-11T23:47:16.854775808-00:00\""))
                .hasMessageContaining("time outside of valid range");
        assertThat(j("time.parse_duration_ns", "\"1h1.5m\"")).isEqualTo("3690000000000");
    }

    @Test
    void addDateNormalisesLikeGoAndDiffCountsCalendarUnits() throws Exception {
        assertThat(j("time.add_date", "1585852421593912000", "3", "9", "12")).isEqualTo("1705257221593912000");
        assertThat(j("time.date", j("time.add_date", "1580428800000000000", "0", "1", "0"))).isEqualTo("[2020,3,2]");
        assertThat(j("time.diff", j("time.parse_ns", "\"2006-01-02\"", "\"2004-02-29\""),
                j("time.parse_ns", "\"2006-01-02\"", "\"2005-03-01\""))).isEqualTo("[1,0,1,0,0,0]");
        assertThatThrownBy(() -> j("time.weekday", "1e30")).hasMessage("time.weekday: timestamp too big");
    }

    @Test
    void cidrsUseLiteralAddressesOnly() throws Exception {
        assertThat(j("net.cidr_contains", "\"10.0.0.0/8\"", "\"10.1.2.3\"")).isEqualTo("true");
        assertThat(j("net.cidr_contains", "\"2001:4860::/96\"", "\"2001:4860::/32\"")).isEqualTo("false");
        assertThat(j("net.cidr_is_valid", "\"192.168.1.2\"")).isEqualTo("false");
        assertThat(j("net.cidr_expand", "\"192.168.1.1/31\"")).isEqualTo("[\"192.168.1.0\",\"192.168.1.1\"]");
        assertThatThrownBy(() -> j("net.cidr_contains", "\"example.com/8\"", "\"10.0.0.1\""))
                .hasMessage("net.cidr_contains: invalid CIDR address: example.com/8");
    }

    @Test
    void cidrMergeCombinesSiblingsAndUsesClassfulDefaults() throws Exception {
        assertThat(j("net.cidr_merge", "[\"192.0.2.112/30\", \"192.0.2.116/31\", \"192.0.2.118/31\"]"))
                .isEqualTo("[\"192.0.2.112/29\"]");
        assertThat(j("net.cidr_merge", "[\"192.0.128.0\", \"192.0.129.0\"]")).isEqualTo("[\"192.0.128.0/23\"]");
        assertThat(j("net.cidr_merge", "[\"fe80::/120\", \"192.0.2.0/24\", \"192.0.3.0/24\"]"))
                .isEqualTo("[\"192.0.2.0/23\",\"fe80::/120\"]");
        assertThatThrownBy(() -> j("net.cidr_merge", "[\"2601:600::1\"]"))
                .hasMessage("net.cidr_merge: IPv6 invalid: needs prefix length");
    }
}
