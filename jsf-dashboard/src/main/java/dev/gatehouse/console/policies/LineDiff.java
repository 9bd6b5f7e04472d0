package dev.gatehouse.console.policies;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A line diff between two texts: the longest common subsequence of their lines kept, the
 * other lines of the old text removed and those of the new text added. Removed lines come
 * before the added lines that replace them, as a reader expects. Lines are split on
 * {@code \n} (a {@code \r} before it is dropped); a trailing newline adds no empty line.
 */
public final class LineDiff {

    /** What happened to one line. */
    public enum Change {
        SAME, ADDED, REMOVED
    }

    /**
     * One line of the diff.
     *
     * @param change  kept, added or removed
     * @param oldLine its 1-based number in the old text, 0 when added
     * @param newLine its 1-based number in the new text, 0 when removed
     * @param text    the line without its line break
     */
    public record Line(Change change, int oldLine, int newLine, String text) implements Serializable {
        public Line {
            Objects.requireNonNull(change, "change is required");
            Objects.requireNonNull(text, "text is required");
        }

        /** The CSS modifier of the line ({@code same}, {@code added}, {@code removed}). */
        public String css() {
            return change.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The sign a unified diff shows before the line. */
        public String sign() {
            return switch (change) {
                case SAME -> " ";
                case ADDED -> "+";
                case REMOVED -> "-";
            };
        }
    }

    private LineDiff() {
    }

    /** The diff from {@code before} to {@code after}; {@code null} counts as empty. */
    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                diff.add(new Line(Change.SAME, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            } else if (j == b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                diff.add(new Line(Change.REMOVED, i + 1, 0, a.get(i)));
                i++;
            } else {
                diff.add(new Line(Change.ADDED, 0, j + 1, b.get(j)));
                j++;
            }
        }
        return Collections.unmodifiableList(diff);
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }
}
