package dev.gatehouse.console.backends;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One property of a tool's input schema as a form field.
 *
 * @param name        the property name (the key in the arguments object)
 * @param type        the schema type for people: {@code string}, {@code integer}, {@code array of string}, {@code object}, ...
 * @param kind        which input edits it
 * @param required    whether the schema lists it as required
 * @param description the schema's description (title when there is none), or empty
 * @param options     for {@link Kind#ENUM}: the allowed values as JSON literals, in schema order
 * @param initial     the prefilled text (from the schema's default), or empty
 * @param itemType    for {@link Kind#LIST}: the items' type ({@code string}, {@code number}, {@code integer}, {@code boolean})
 */
public record ArgumentField(String name, String type, Kind kind, boolean required, String description,
                            List<String> options, String initial, String itemType) implements Serializable {

    /** The input that edits a field, and how its text becomes JSON. */
    public enum Kind {
        /** one line of text */
        TEXT,
        /** a textarea: long strings or strings with a content type */
        LONG_TEXT,
        /** a decimal number */
        NUMBER,
        /** a whole number */
        INTEGER,
        /** true, false or not set */
        BOOLEAN,
        /** one of the schema's {@code enum} values */
        ENUM,
        /** an array of simple values, one per line */
        LIST,
        /** anything else, written as JSON */
        JSON
    }

    public ArgumentField {
        Objects.requireNonNull(name, "field name is required");
        Objects.requireNonNull(kind, "field kind is required");
        description = description == null ? "" : description;
        options = options == null ? List.of() : List.copyOf(options);
        initial = initial == null ? "" : initial;
    }

    /** For Faces: the kind's name, to pick the input in the page. */
    public String getInput() {
        return kind.name();
    }

    /** One allowed value: the JSON literal submitted, and how people read it (strings without quotes). */
    public record Choice(String value, String label) implements Serializable {
    }

    /** The allowed values as choices for a select. */
    public List<Choice> choices() {
        return options.stream().map(o -> new Choice(o, o.startsWith("\"") && o.endsWith("\"") && o.length() >= 2
                ? o.substring(1, o.length() - 1) : o)).toList();
    }

    /** The allowed values as people read them. */
    public List<String> optionLabels() {
        return choices().stream().map(Choice::label).toList();
    }
}
