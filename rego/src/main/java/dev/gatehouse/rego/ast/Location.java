package dev.gatehouse.rego.ast;

/**
 * A position in a source file: 1-based row and column (columns count code points as OPA's do bytes for ASCII).
 *
 * @param file the module name, for example {@code test-0.rego}
 * @param row  1-based line
 * @param col  1-based column
 */
public record Location(String file, int row, int col) {
    /** Location used for synthesised nodes. */
    public static final Location NONE = new Location("", 0, 0);

    @Override
    public String toString() {
        return file + ":" + row + ":" + col;
    }
}
