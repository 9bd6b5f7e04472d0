package dev.gatehouse.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void numbersCompareAndHashNumerically() {
        Value one = Value.of(1);
        Value oneDecimal = Value.of(new BigDecimal("1.0"));
        assertThat(one).isEqualTo(oneDecimal);
        assertThat(one.hashCode()).isEqualTo(oneDecimal.hashCode());
        assertThat(Value.of(new BigDecimal("2.50"))).isEqualTo(Value.of(new BigDecimal("2.5")));
    }

    @Test
    void typesOrderAsOpa() {
        List<Value> vs = new ArrayList<>(List.of(Value.set(), ObjectValue.EMPTY, Value.array(), Value.of("a"),
                Value.of(3), Value.of(true), Value.nullValue()));
        vs.sort(null);
        assertThat(vs).extracting(Value::typeName)
                .containsExactly("null", "boolean", "number", "string", "array", "object", "set");
    }

    @Test
    void arraysCompareLexicographicallyThenByLength() {
        assertThat(Value.array(Value.of(1), Value.of(2))).isLessThan(Value.array(Value.of(1), Value.of(3)));
        assertThat(Value.array(Value.of(1))).isLessThan(Value.array(Value.of(1), Value.of(0)));
    }

    @Test
    void stringsCompareByCodePoint() {
        assertThat(Value.of("\uFFFD")).isLessThan(Value.of("\uD83D\uDE00"));
        assertThat(Value.of("😀x").length()).isEqualTo(2);
    }

    @Test
    void objectsEqualRegardlessOfInsertionOrder() {
        Value a = Values.fromJson("{\"a\":1,\"b\":2}");
        Value b = Values.fromJson("{\"b\":2,\"a\":1}");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("{\"a\": 1, \"b\": 2}");
    }

    @Test
    void bigNumbersRoundTripExactly() {
        String json = "[340282366920938463463374607431768211456,1.00000000000000000000001,-5]";
        assertThat(Values.toJson(Values.fromJson(json))).isEqualTo(json);
    }

    @Test
    void numbersPrintAsGo() {
        assertThat(Value.of(new BigDecimal("1e21")).toString()).isEqualTo("1000000000000000000000");
        assertThat(Value.of(new BigDecimal("0.0000001")).toString()).isEqualTo("1e-07");
        assertThat(Value.of(new BigDecimal("3.50")).toString()).isEqualTo("3.5");
    }

    @Test
    void toJsonSortsKeysEscapesHtmlAndRendersSetsAsArrays() {
        Value v = Value.from(java.util.Map.of("z", Value.set(Value.of(2), Value.of(1)), "a", "<&>"));
        assertThat(Values.toJson(v)).isEqualTo("{\"a\":\"\\u003c\\u0026\\u003e\",\"z\":[1,2]}");
    }

    @Test
    void printsSetsAndStringsAsOpa() {
        assertThat(Value.set().toString()).isEqualTo("set()");
        assertThat(Value.set(Value.of("b"), Value.of("a")).toString()).isEqualTo("{\"a\", \"b\"}");
        assertThat(Value.of("a\u0001\n").toString()).isEqualTo("\"a\\x01\\n\"");
    }

    @Test
    void jacksonRoundTripKeepsBigNumbers() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Value v = Values.fromJackson(mapper.readTree("{\"n\":18446744073709551617,\"f\":0.1}"));
        assertThat(v).isEqualTo(Values.fromJson("{\"n\":18446744073709551617,\"f\":0.1}"));
        assertThat(Values.fromJackson(Values.toJackson(v))).isEqualTo(v);
    }

    @Test
    void objectsCompareBySortedKeysThenValues() {
        Value a = Values.fromJson("{\"a\":2}");
        Value b = Values.fromJson("{\"b\":1}");
        Value a1 = Values.fromJson("{\"a\":1,\"z\":0}");
        assertThat(a).isLessThan(b);
        assertThat(a1).isLessThan(a);
        assertThat(Values.fromJson("{\"a\":1}")).isLessThan(a1);
    }

    @Test
    void setsCompareBySortedElementsAndIgnoreDuplicates() {
        assertThat(Value.set(Value.of(2), Value.of(1), Value.of(2))).isEqualTo(Value.set(Value.of(1), Value.of(2)));
        assertThat(Value.set(Value.of(1), Value.of(3))).isGreaterThan(Value.set(Value.of(1), Value.of(2), Value.of(9)));
        assertThat(Value.set(Value.of(1))).isLessThan(Value.set(Value.of(1), Value.of(2)));
    }

    @Test
    void numberLiteralsKeepTheirTextButCompareNumerically() {
        Value lit = Values.fromJson("1.0");
        assertThat(lit.toString()).isEqualTo("1.0");
        assertThat(lit).isEqualTo(Value.of(1)).hasSameHashCodeAs(Value.of(1));
        assertThat(Values.toJson(Values.fromJson("[2e308]"))).isEqualTo("[2e308]");
        assertThat(((NumberValue) Values.fromJson("18446744073709551616")).isLong()).isFalse();
        assertThat(((NumberValue) Values.fromJson("9223372036854775807")).isLong()).isTrue();
    }

    @Test
    void convertsPlainJavaData() {
        Value v = Value.from(java.util.Map.of("n", 1, "l", java.util.List.of(true, "x"), "s", java.util.Set.of(2.5)));
        assertThat(Values.toJson(v)).isEqualTo("{\"l\":[true,\"x\"],\"n\":1,\"s\":[2.5]}");
        assertThat(v.toString()).isEqualTo("{\"l\": [true, \"x\"], \"n\": 1, \"s\": {2.5}}");
    }
}
