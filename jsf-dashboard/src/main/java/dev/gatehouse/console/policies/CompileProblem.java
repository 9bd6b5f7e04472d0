package dev.gatehouse.console.policies;

import dev.gatehouse.rego.RegoError;
import java.io.Serializable;

/**
 * One compile error as the editor shows it: on its line (row and column are 1-based; 0 when
 * the compiler could not say) and in the list under the editor.
 */
public record CompileProblem(String code, int row, int col, String message) implements Serializable {

    static CompileProblem of(RegoError error) {
        return new CompileProblem(error.code(), error.row(), error.col(), error.message());
    }

    /** {@code line 4, column 24} or {@code no position}. */
    public String position() {
        return row <= 0 ? "no position" : col <= 0 ? "line " + row : "line " + row + ", column " + col;
    }
}
