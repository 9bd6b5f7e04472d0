package dev.gatehouse.console.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.vault.BearerCredential;
import dev.gatehouse.vault.CredentialDescription;
import dev.gatehouse.vault.CredentialRevision;
import dev.gatehouse.vault.EnvCredential;
import dev.gatehouse.vault.HeadersCredential;
import dev.gatehouse.vault.InvalidCredentialException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialFormTest {
    private static CredentialDescription stored(String kind, String... fields) {
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        return new CredentialDescription("c", kind, Map.of(), Set.of(fields), List.of(), 0, t, t);
    }

    @Test
    void aNewBearerCredentialTakesTheEnteredToken() {
        CredentialForm form = CredentialForm.blank();
        form.setToken("tok-1");

        assertThat(form.toRevision().alone()).isEqualTo(new BearerCredential("tok-1"));
    }

    @Test
    void aNewHeadersCredentialTakesEveryFilledRowAndSkipsBlankOnes() {
        CredentialForm form = CredentialForm.blank();
        form.setKind("headers");
        form.getRows().getFirst().setName(" X-Api-Key ");
        form.getRows().getFirst().setValue("k1");
        form.addRow();

        assertThat(form.toRevision().alone()).isEqualTo(new HeadersCredential(Map.of("X-Api-Key", "k1")));
    }

    @Test
    void editingKeepsTheStoredTokenWhenItsFieldIsLeftEmpty() {
        CredentialForm form = CredentialForm.of(stored("bearer", "token"));
        form.setToken(null);
        form.setToken("");

        assertThat(form.toRevision()).isEqualTo(new CredentialRevision("bearer", Map.of(), Map.of(), Set.of("token")));
    }

    @Test
    void editingRowsKeepsEmptyStoredOnesGivesEnteredOnesAndDropsRemovedOnes() {
        CredentialForm form = CredentialForm.of(stored("env", "env.A", "env.B", "env.C"));
        List<SecretRow> rows = form.getRows();
        assertThat(rows).extracting(SecretRow::getName).containsExactly("A", "B", "C");
        rows.get(1).setValue("new-b");
        form.removeRow(rows.get(2));
        form.addRow();
        rows.get(2).setName("D");
        rows.get(2).setValue("d");

        assertThat(form.toRevision()).isEqualTo(new CredentialRevision("env", Map.of(),
                Map.of("env.B", "new-b", "env.D", "d"), Set.of("env.A")));
    }

    @Test
    void theKindOfAStoredCredentialAndTheNameOfAStoredRowCannotChange() {
        CredentialForm form = CredentialForm.of(stored("headers", "headers.X-A"));
        form.setKind("bearer");
        form.getRows().getFirst().setName("X-B");

        assertThat(form.getKind()).isEqualTo("headers");
        assertThat(form.getRows().getFirst().getName()).isEqualTo("X-A");
    }

    @Test
    void neverReturnsAnEnteredSecretAndForgetsThemAll() {
        CredentialForm form = CredentialForm.blank();
        form.setToken("tok-1");
        form.getRows().getFirst().setValue("v");

        assertThat(form.getToken()).isNull();
        assertThat(form.getRows().getFirst().getValue()).isNull();
        assertThat(form.isTokenEntered()).isTrue();
        form.forget();
        assertThat(form.isTokenEntered()).isFalse();
        assertThat(form.getRows().getFirst().isEntered()).isFalse();
    }

    @Test
    void aNewEnvRowWithoutValueIsAnEmptyVariable() {
        CredentialForm form = CredentialForm.blank();
        form.setKind("env");
        form.getRows().getFirst().setName("EMPTY");

        assertThat(form.toRevision().alone()).isEqualTo(new EnvCredential(Map.of("EMPTY", "")));
    }

    @Test
    void namesTheRowsFieldForAValueWithoutNameOrANameGivenTwice() {
        CredentialForm unnamed = CredentialForm.blank();
        unnamed.setKind("headers");
        unnamed.getRows().getFirst().setValue("v");
        CredentialForm twice = CredentialForm.blank();
        twice.setKind("env");
        twice.getRows().getFirst().setName("A");
        twice.addRow();
        twice.getRows().get(1).setName("A");

        assertThatThrownBy(unnamed::toRevision).isInstanceOf(InvalidCredentialException.class)
                .extracting(e -> ((InvalidCredentialException) e).field()).isEqualTo("headers");
        assertThatThrownBy(twice::toRevision).isInstanceOf(InvalidCredentialException.class)
                .hasMessageContaining("'A' is given twice");
    }

    @Test
    void mapsTheVaultsFieldsToTheFormsComponents() {
        assertThat(CredentialEditPage.clientIdOf("token")).isEqualTo("form:token");
        assertThat(CredentialEditPage.clientIdOf("name")).isEqualTo("form:name");
        assertThat(CredentialEditPage.clientIdOf("headers.X-A")).isEqualTo("form:rows");
        assertThat(CredentialEditPage.clientIdOf("env")).isEqualTo("form:rows");
        assertThat(CredentialEditPage.clientIdOf(null)).isNull();
    }
}
