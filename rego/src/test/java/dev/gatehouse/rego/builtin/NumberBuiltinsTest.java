package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberBuiltinsTest {

    @Test
    void addsBeyondSixtyFourBitsExactly() throws Exception {
        assertThat(j("plus", "18446744073709551617", "1")).isEqualTo("18446744073709551618");
        assertThat(j("plus", "9223372036854775807", "1")).isEqualTo("9223372036854775808");
        assertThat(j("mul", "2.5", "2")).isEqualTo("5");
        assertThat(j("plus", "1", "2.5")).isEqualTo("3.5");
    }

    @Test
    void remainderFollowsGoTruncation() throws Exception {
        assertThat(j("rem", "-7", "4")).isEqualTo("-3");
        assertThat(j("rem", "18446744073709551617", "18446744073709551616")).isEqualTo("1");
        assertThatThrownBy(() -> j("rem", "1.1", "1")).hasMessage("rem: modulo on floating-point number");
        assertThatThrownBy(() -> j("rem", "7", "0")).hasMessage("rem: modulo by zero");
    }

    @Test
    void minusOnSetsIsDifferenceAndTypeErrorsNameTheOperand() throws Exception {
        assertThat(j("minus", "1", "3")).isEqualTo("-2");
        assertThatThrownBy(() -> Call.call("minus", dev.gatehouse.rego.value.Value.set(), Call.json("to_number", "1")))
                .hasMessage("minus: operand 2 must be set but got number");
        assertThatThrownBy(() -> j("minus", "\"a\"", "1"))
                .hasMessage("minus: operand 1 must be one of {number, set} but got string");
    }

    @Test
    void roundsHalfAwayFromZero() throws Exception {
        assertThat(j("round", "2.5")).isEqualTo("3");
        assertThat(j("round", "-2.5")).isEqualTo("-3");
        assertThat(j("floor", "-1.5")).isEqualTo("-2");
        assertThat(j("ceil", "1.2")).isEqualTo("2");
    }

    @Test
    void dividesAndRejectsZero() throws Exception {
        assertThat(j("div", "1", "4")).isEqualTo("0.25");
        assertThatThrownBy(() -> j("div", "1", "0")).hasMessage("div: divide by zero");
    }

    @Test
    void rangesGoBothWaysAndCheckSteps() throws Exception {
        assertThat(j("numbers.range", "3", "1")).isEqualTo("[3,2,1]");
        assertThat(j("numbers.range_step", "10", "3", "2")).isEqualTo("[10,8,6,4]");
        assertThatThrownBy(() -> j("numbers.range_step", "0", "10", "-2"))
                .hasMessage("numbers.range_step: step must be a positive integer");
        assertThatThrownBy(() -> j("numbers.range", "1.5", "3"))
                .hasMessage("numbers.range: operand 1 must be integer number but got floating-point number");
    }

    @Test
    void bitsWorkOnBigIntegers() throws Exception {
        assertThat(j("bits.negate", "5")).isEqualTo("-6");
        assertThat(j("bits.lsh", "1", "70")).isEqualTo("1180591620717411303424");
        assertThatThrownBy(() -> j("bits.rsh", "1", "-1"))
                .hasMessage("bits.rsh: operand 2 must be an unsigned integer number but got a negative integer");
    }

    @Test
    void aggregatesAndCasts() throws Exception {
        assertThat(j("count", "\"héllo\"")).isEqualTo("5");
        assertThat(j("sum", "[1,2.5]")).isEqualTo("3.5");
        assertThat(j("max", "[]")).isEqualTo("undefined");
        assertThat(j("sort", "[3,\"a\",null]")).isEqualTo("[null,3,\"a\"]");
        assertThatThrownBy(() -> j("count", "null"))
                .hasMessage("count: operand 1 must be one of {array, object, set, string} but got null");
        assertThat(j("to_number", "\"-1.50\"")).isEqualTo("-1.5");
        assertThatThrownBy(() -> j("to_number", "\"broken\""))
                .hasMessage("to_number: strconv.ParseFloat: parsing \"broken\": invalid syntax");
    }

    @Test
    void gatewayProfileKeepsDeclarationsButDisablesNetworkBuiltins() {
        BuiltinEntry send = Builtins.gateway().lookup("http.send");
        assertThat(send).isNotNull();
        assertThat(send.available()).isFalse();
        assertThat(Builtins.standard().lookup("http.send").available()).isTrue();
        assertThat(Builtins.standard().lookup("plus").decl().infix()).isEqualTo("+");
        assertThat(Builtins.standard().lookup("walk").decl().relation()).isTrue();
    }
}
