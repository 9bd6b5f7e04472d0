package dev.gatehouse.console.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ArgumentSkeletonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode skeleton(String schema) throws Exception {
        return ArgumentSkeleton.of(JSON.readTree(schema));
    }

    @Test
    void givesEachPropertyAnEmptyValueOfItsType() throws Exception {
        JsonNode args = skeleton("""
                {"type":"object","properties":{"message":{"type":"string"},"a":{"type":"number"},
                 "n":{"type":"integer"},"loud":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string"}}}}""");

        assertThat(args.toString()).isEqualTo("{\"message\":\"\",\"a\":0,\"n\":0,\"loud\":false,\"tags\":[]}");
    }

    @Test
    void prefersTheDefaultThenAnExampleThenTheFirstEnumValue() throws Exception {
        JsonNode args = skeleton("""
                {"properties":{"d":{"type":"integer","default":10},"e":{"type":"string","examples":["hello","x"]},
                 "e1":{"type":"string","example":"hi"},"level":{"type":"string","enum":["debug","info"]}}}""");

        assertThat(args.path("d").asInt()).isEqualTo(10);
        assertThat(args.path("e").asText()).isEqualTo("hello");
        assertThat(args.path("e1").asText()).isEqualTo("hi");
        assertThat(args.path("level").asText()).isEqualTo("debug");
    }

    @Test
    void fillsNestedObjectsAndReadsNullableTypeLists() throws Exception {
        JsonNode args = skeleton("""
                {"properties":{"options":{"type":"object","properties":{"depth":{"type":"integer"}}},
                 "note":{"type":["null","string"]},"limit":{"type":["integer","null"]}}}""");

        assertThat(args.toString()).isEqualTo("{\"options\":{\"depth\":0},\"note\":\"\",\"limit\":0}");
    }

    @Test
    void aMissingOrEmptySchemaGivesAnEmptyObject() throws Exception {
        assertThat(ArgumentSkeleton.of(null).toString()).isEqualTo("{}");
        assertThat(skeleton("{\"type\":\"object\"}").toString()).isEqualTo("{}");
    }
}
