package dev.gatehouse.rego.conformance;

/**
 * Outcome of one conformance case.
 *
 * @param file   case file path relative to the suite root
 * @param index  position of the case in its file
 * @param note   the case's note
 * @param status {@code pass}, {@code fail} or {@code skip}
 * @param detail why it failed or was skipped ({@code ""} when it passed)
 */
public record CaseResult(String file, int index, String note, String status, String detail) {
    /** Stable key of the case: {@code file#index}. */
    public String key() {
        return file + "#" + index;
    }

    /** Top-level folder of the case file. */
    public String folder() {
        int i = file.indexOf('/');
        return i < 0 ? "" : file.substring(0, i);
    }
}
