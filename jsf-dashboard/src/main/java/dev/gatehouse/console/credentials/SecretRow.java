package dev.gatehouse.console.credentials;

import java.io.Serializable;

/**
 * One name/value row of a headers or env credential in the form. The value is write-only: the
 * page binds it to a password input that never redisplays, and an empty submission leaves the
 * row's value as it was (the stored one for a stored row, or what was entered before). The
 * value is transient so it never leaves memory with the view.
 */
public final class SecretRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private final boolean stored;
    private transient String value;

    SecretRow(String name, boolean stored) {
        this.name = name;
        this.stored = stored;
    }

    public String getName() {
        return name;
    }

    /** Only a new row's name can be typed; a stored row is removed and added again to rename it. */
    public void setName(String name) {
        if (!stored) {
            this.name = name == null ? null : name.strip();
        }
    }

    /** Always empty: the input never shows a value. */
    public String getValue() {
        return null;
    }

    public void setValue(String value) {
        if (value != null && !value.isEmpty()) {
            this.value = value;
        }
    }

    /** Whether the row holds a stored value that an empty input keeps. */
    public boolean isStored() {
        return stored;
    }

    /** Whether a value was entered in this form (it is held until saved, never shown). */
    public boolean isEntered() {
        return value != null;
    }

    String entered() {
        return value;
    }

    void forget() {
        value = null;
    }

    boolean blank() {
        return (name == null || name.isBlank()) && value == null;
    }
}
