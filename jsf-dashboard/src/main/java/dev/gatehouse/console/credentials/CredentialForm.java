package dev.gatehouse.console.credentials;

import dev.gatehouse.vault.CredentialDescription;
import dev.gatehouse.vault.CredentialRevision;
import dev.gatehouse.vault.InvalidCredentialException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the credential form holds, and how it becomes a {@link CredentialRevision}: every secret
 * entered is given; every stored secret field whose input was left empty is kept; a stored row
 * that was removed is dropped. Secret values are write-only (never returned by a getter) and
 * transient; {@link #forget()} wipes them once the vault has them.
 */
public final class CredentialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private final boolean editing;
    private final TreeSet<String> stored;
    private final ArrayList<SecretRow> rows = new ArrayList<>();
    private transient String token;

    private CredentialForm(String kind, boolean editing, Set<String> stored) {
        this.kind = kind;
        this.editing = editing;
        this.stored = new TreeSet<>(stored);
    }

    /** An empty form for a new credential of the first kind, with one empty row. */
    public static CredentialForm blank() {
        CredentialForm form = new CredentialForm(KindChoice.all().getFirst().kind(), false, Set.of());
        form.addRow();
        return form;
    }

    /** A form for a stored credential: its kind and the names of its secret fields, no values. */
    public static CredentialForm of(CredentialDescription stored) {
        CredentialForm form = new CredentialForm(stored.kind(), true, stored.secretFields());
        String prefix = form.choice().rowPrefix();
        if (!prefix.isEmpty()) {
            form.stored.stream().filter(f -> f.startsWith(prefix))
                    .forEach(f -> form.rows.add(new SecretRow(f.substring(prefix.length()), true)));
        }
        return form;
    }

    public String getKind() {
        return kind;
    }

    /** The kind is chosen once: editing keeps the stored kind. */
    public void setKind(String kind) {
        if (!editing && kind != null && KindChoice.named(kind).isPresent()) {
            this.kind = kind;
        }
    }

    public KindChoice choice() {
        return KindChoice.named(kind).orElseThrow(() -> new IllegalStateException("unknown kind " + kind));
    }

    public boolean isEditing() {
        return editing;
    }

    /** Always empty: the token input never shows a value. */
    public String getToken() {
        return null;
    }

    public void setToken(String token) {
        if (token != null && !token.isEmpty()) {
            this.token = token;
        }
    }

    public boolean isTokenStored() {
        return stored.contains("token");
    }

    public boolean isTokenEntered() {
        return token != null;
    }

    public List<SecretRow> getRows() {
        return rows;
    }

    public void addRow() {
        rows.add(new SecretRow("", false));
    }

    public void removeRow(SecretRow row) {
        rows.remove(row);
    }

    /**
     * The revision the form describes.
     *
     * @throws InvalidCredentialException naming a row without a name or a name given twice
     */
    public CredentialRevision toRevision() {
        Map<String, String> given = new HashMap<>();
        Set<String> keep = new HashSet<>();
        KindChoice choice = choice();
        if (!choice.rows()) {
            if (token != null) {
                given.put("token", token);
            } else if (isTokenStored()) {
                keep.add("token");
            }
            return new CredentialRevision(kind, Map.of(), given, keep);
        }
        String field = choice.rowPrefix().substring(0, choice.rowPrefix().length() - 1);
        for (SecretRow row : rows) {
            if (row.blank()) {
                continue;
            }
            if (row.getName() == null || row.getName().isBlank()) {
                throw new InvalidCredentialException(field, "every row with a value needs a " + choice.rowLabel().toLowerCase() + " name");
            }
            String path = choice.rowPrefix() + row.getName();
            if (given.containsKey(path) || keep.contains(path)) {
                throw new InvalidCredentialException(field, choice.rowLabel() + " '" + row.getName() + "' is given twice");
            }
            if (row.isEntered()) {
                given.put(path, row.entered());
            } else if (stored.contains(path)) {
                keep.add(path);
            } else {
                given.put(path, "");
            }
        }
        return new CredentialRevision(kind, Map.of(), given, keep);
    }

    /** Wipes every entered secret (after the vault has it, or when leaving the form). */
    public void forget() {
        token = null;
        rows.forEach(SecretRow::forget);
    }
}
