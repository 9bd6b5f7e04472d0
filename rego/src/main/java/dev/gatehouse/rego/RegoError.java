package dev.gatehouse.rego;

import dev.gatehouse.rego.ast.Location;

/**
 * One error reported by the parser, compiler or evaluator, with OPA's error code and position.
 *
 * @param code    OPA code such as {@code rego_parse_error}, {@code rego_compile_error}, {@code eval_type_error}
 * @param file    module name ({@code ""} when unknown)
 * @param row     1-based line, 0 when unknown
 * @param col     1-based column, 0 when unknown
 * @param message the message, worded as OPA words it
 */
public record RegoError(String code, String file, int row, int col, String message) {

    /** Builds an error at a location. */
    public static RegoError at(String code, Location loc, String message) {
        Location l = loc == null ? Location.NONE : loc;
        return new RegoError(code, l.file(), l.row(), l.col(), message);
    }

    /** OPA's rendering: {@code file:row: code: message}. */
    @Override
    public String toString() {
        if (row <= 0) {
            return code + ": " + message;
        }
        return file + ":" + row + ": " + code + ": " + message;
    }
}
