package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncodingUnitsBuiltinsTest {

    @Test
    void base64DecodesInvalidUtf8AsOneReplacementPerByte() throws Exception {
        assertThat(j("base64.decode", "\"aGVsbG8=\"")).isEqualTo("\"hello\"");
        assertThat(j("count", j("base64.decode", "\"/w==\""))).isEqualTo("1");
        assertThat(j("base64url.decode", "\"aGVsbG8\"")).isEqualTo("\"hello\"");
        assertThat(j("base64url.encode_no_pad", "\"hello\"")).isEqualTo("\"aGVsbG8\"");
        assertThatThrownBy(() -> j("base64.decode", "\"a$==\"")).hasMessageContaining("illegal base64 data at input byte 1");
    }

    @Test
    void hexErrorsQuoteTheOffendingRune() {
        assertThatThrownBy(() -> j("hex.decode", "\"fghijkl\""))
                .hasMessage("hex.decode: encoding/hex: invalid byte: U+0067 'g'");
    }

    @Test
    void urlQueryFollowsGoEscaping() throws Exception {
        assertThat(j("urlquery.encode", "\"a=b+1 c\"")).isEqualTo("\"a%3Db%2B1+c\"");
        assertThat(j("urlquery.encode_object", "{\"b\":[\"x y\"],\"a\":\"c=d\"}")).isEqualTo("\"a=c%3Dd\\u0026b=x+y\"");
        assertThat(j("urlquery.decode_object", "\"a=1&b&a=2\"")).isEqualTo("{\"a\":[\"1\",\"2\"],\"b\":[\"\"]}");
    }

    @Test
    void uriParseMatchesGoNetUrl() throws Exception {
        assertThat(j("uri.parse", "\"http://[::1]:8080/path\""))
                .isEqualTo("{\"hostname\":\"::1\",\"path\":\"/path\",\"port\":\"8080\",\"raw_path\":\"/path\",\"scheme\":\"http\"}");
        assertThat(j("uri.parse", "\"mailto:user@example.com\"")).isEqualTo("{\"scheme\":\"mailto\"}");
        assertThatThrownBy(() -> j("uri.parse", "\"http://exa%6dple.com/\""))
                .hasMessage("uri.parse: parse \"http://exa%6dple.com/\": invalid URL escape \"%6d\"");
        assertThat(j("uri.is_valid", "\"http://[invalid\"")).isEqualTo("false");
    }

    @Test
    void unitsDistinguishMilliFromMegaAndBinarySuffixes() throws Exception {
        assertThat(j("units.parse", "\"500m\"")).isEqualTo("0.5");
        assertThat(j("units.parse", "\"1.1Ki\"")).isEqualTo("1126.4");
        assertThat(j("units.parse", "\"10Ei\"")).isEqualTo("11529215046068469760");
        assertThat(j("units.parse_bytes", "\"4.1Mi\"")).isEqualTo("4299161");
        assertThat(j("units.parse_bytes", "\"2MiB\"")).isEqualTo("2097152");
        assertThatThrownBy(() -> j("units.parse", "\"100 k\""))
                .hasMessage("units.parse: spaces not allowed in resource strings");
        assertThatThrownBy(() -> j("units.parse_bytes", "\"GB\"")).hasMessage("units.parse_bytes: no byte amount provided");
    }
}
