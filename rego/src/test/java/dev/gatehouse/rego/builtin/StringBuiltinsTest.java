package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StringBuiltinsTest {

    @Test
    void sprintfFollowsGoFormatting() throws Exception {
        assertThat(j("sprintf", "\"hi %.2f\"", "[3.1415]")).isEqualTo("\"hi 3.14\"");
        assertThat(j("sprintf", "\"hi %02X.%02X\"", "[127, 1]")).isEqualTo("\"hi 7F.01\"");
        assertThat(j("sprintf", "\"hi %02d\"", "[5]")).isEqualTo("\"hi 05\"");
        assertThat(j("sprintf", "\"hi %v\"", "[[\"there\", 5, 3.14]]")).isEqualTo("\"hi [\\\"there\\\", 5, 3.14]\"");
        assertThat(j("sprintf", "\"%s\"", "[123456789123456789123]")).isEqualTo("\"123456789123456789123\"");
        assertThat(j("sprintf", "\"%v\"", "[2e308]")).isEqualTo("\"2e308\"");
        assertThat(j("sprintf", "\"%d %s\"", "[1]")).isEqualTo("\"1 %!s(MISSING)\"");
        assertThat(j("sprintf", "\"x\"", "[1]")).isEqualTo("\"x%!(EXTRA int=1)\"");
        assertThat(j("sprintf", "\"%s\"", "[1]")).isEqualTo("\"%!s(int=1)\"");
        assertThat(j("sprintf", "\"%5s|%-5s|\"", "[\"a\", \"b\"]")).isEqualTo("\"    a|b    |\"");
        assertThat(j("sprintf", "\"%v %e %g\"", "[1000000.5, 1.5, 0.00001]"))
                .isEqualTo("\"1.0000005e+06 1.500000e+00 1e-05\"");
        assertThat(j("sprintf", "\"%q %x %t\"", "[\"a\\n\", \"hi\", true]")).isEqualTo("\"\\\"a\\\\n\\\" 6869 %!t(string=true)\"");
    }

    @Test
    void sprintfPadsFloatsWithZerosEvenWithPrecisionAndPrintsTypes() throws Exception {
        assertThat(j("sprintf", "\"%08.3f|%05.1d|%T %T\"", "[-3.14159, 7, 1.5, \"s\"]"))
                .isEqualTo("\"-003.142|    7|float64 string\"");
        assertThat(j("sprintf", "\"%x %X %+d\"", "[-255, 255, 5]")).isEqualTo("\"-ff FF +5\"");
    }

    @Test
    void positionsAreCodePoints() throws Exception {
        assertThat(j("indexof", "\"åäö😀x\"", "\"x\"")).isEqualTo("4");
        assertThat(j("indexof_n", "\"aaa\"", "\"aa\"")).isEqualTo("[0,1]");
        assertThat(j("substring", "\"åäö😀x\"", "1", "3")).isEqualTo("\"äö😀\"");
        assertThat(j("substring", "\"abc\"", "1", "-1")).isEqualTo("\"bc\"");
        assertThatThrownBy(() -> j("substring", "\"aaa\"", "-1", "-1")).hasMessage("substring: negative offset");
    }

    @Test
    void formatIntTruncatesAndHandlesBigIntegers() throws Exception {
        assertThat(j("format_int", "18446744073709551617", "16")).isEqualTo("\"10000000000000001\"");
        assertThat(j("format_int", "-15.9", "16")).isEqualTo("\"-f\"");
        assertThatThrownBy(() -> j("format_int", "4.1", "199"))
                .hasMessage("format_int: operand 2 must be one of {2, 8, 10, 16}");
    }

    @Test
    void goStringsQuirks() throws Exception {
        assertThat(j("split", "\"a,b,,c\"", "\",\"")).isEqualTo("[\"a\",\"b\",\"\",\"c\"]");
        assertThat(j("split", "\"ab\"", "\"\"")).isEqualTo("[\"a\",\"b\"]");
        assertThat(j("replace", "\"ab\"", "\"\"", "\"-\"")).isEqualTo("\"-a-b-\"");
        assertThat(j("strings.count", "\"cheese\"", "\"e\"")).isEqualTo("3");
        assertThat(j("strings.count", "\"five\"", "\"\"")).isEqualTo("5");
        assertThat(j("trim", "\"  xhix \"", "\" x\"")).isEqualTo("\"hi\"");
        assertThat(j("trim_space", "\"\\t hi \\u00a0\"")).isEqualTo("\"hi\"");
        assertThat(j("strings.replace_n", "{\"a\":\"b\",\"ab\":\"X\"}", "\"aab\"")).isEqualTo("\"bbb\"");
        assertThat(j("concat", "\"/\"", "[\"a\",\"b\"]")).isEqualTo("\"a/b\"");
        assertThatThrownBy(() -> j("strings.reverse", "1")).hasMessage("reverse: operand 1 must be string but got number");
        assertThatThrownBy(() -> j("strings.any_prefix_match", "[1]", "\"a\""))
                .hasMessage("strings.any_prefix_match: operand 1 must be array of strings but got array containing number");
    }
}
