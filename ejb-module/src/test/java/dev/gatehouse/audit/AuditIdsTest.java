package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditIdsTest {
    @Test
    void idsSortByTime() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        String earlier = AuditIds.next(t);
        String later = AuditIds.next(t.plusMillis(1));
        String muchLater = AuditIds.next(t.plusSeconds(86_400 * 365));

        assertThat(earlier).hasSize(26).matches(AuditIds::isValid);
        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(muchLater);
    }

    @Test
    void idsOfTheSameMillisecondAreUnique() {
        Instant t = Instant.now();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(AuditIds.next(t));
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void lowerBoundSeparatesOlderFromNewer() {
        Instant cutoff = Instant.parse("2026-11-24T10:00:00Z");
        String bound = AuditIds.lowerBound(cutoff);
        assertThat(AuditIds.next(cutoff.minusMillis(1))).isLessThan(bound);
        assertThat(AuditIds.next(cutoff)).isGreaterThanOrEqualTo(bound);
    }

    @Test
    void cursorRoundTripsAndIsOpaque() {
        String id = AuditIds.next(Instant.now());
        String cursor = AuditCursor.after(id);

        assertThat(cursor).doesNotContain(id);
        assertThat(AuditCursor.decode(cursor)).isEqualTo(id);
    }

    @Test
    void rejectsCursorsNotMadeHere() {
        for (String bad : new String[] {"", "!!!", "YWJj", AuditCursor.after("not-an-id").replace("a", "b"),
                java.util.Base64.getUrlEncoder().encodeToString("a1:01ARZ3NDEKTSV4RRFFQ69G5FAVX".getBytes())}) {
            assertThatThrownBy(() -> AuditCursor.decode(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidAuditQueryException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        }
    }
}
