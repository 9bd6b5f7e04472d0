package dev.gatehouse.gateway.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.connector.CatalogKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
    private final CursorCodec codec = new CursorCodec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void decodesWhatItEncoded() {
        PageCursor cursor = new PageCursor(CatalogKind.RESOURCE_TEMPLATES, 42, 200);

        String encoded = codec.encode(cursor);

        assertThat(encoded).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void rejectsACursorWithAnAlteredPosition() {
        String encoded = codec.encode(new PageCursor(CatalogKind.TOOLS, 3, 100));
        String payload = new String(Base64.getUrlDecoder().decode(encoded.substring(0, encoded.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("100", "5").getBytes(StandardCharsets.UTF_8))
                + encoded.substring(encoded.indexOf('.'));

        assertThatThrownBy(() -> codec.decode(forged)).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void rejectsACursorFromAnotherKey() {
        String foreign = CursorCodec.withRandomKey().encode(new PageCursor(CatalogKind.TOOLS, 1, 1));

        assertThatThrownBy(() -> codec.decode(foreign)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void rejectsGarbage() {
        for (String garbage : new String[]{"", "abc", ".", "!!!.???", "eyJ2IjoxfQ", "x".repeat(600) + ".a"}) {
            assertThatThrownBy(() -> codec.decode(garbage)).as(garbage).isInstanceOf(InvalidCursorException.class);
        }
    }
}
