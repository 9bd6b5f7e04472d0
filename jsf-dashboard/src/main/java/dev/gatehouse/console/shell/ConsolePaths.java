package dev.gatehouse.console.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a signed-in operator may be sent back to: only console pages, never another site. */
final class ConsolePaths {
    private static final Pattern NEXT = Pattern.compile("((?:/[a-z][a-z0-9-]*){1,3})(?:\\.xhtml)?(\\?[A-Za-z0-9_.=&%-]*)?");

    private ConsolePaths() {
    }

    /**
     * The redirecting Faces outcome for a requested console path and query
     * ({@code /backends/backend.xhtml?name=x} → {@code /backends/backend?name=x&faces-redirect=true}),
     * or the overview for anything that is not a plain console path (absolute URLs, {@code //host},
     * the sign-in page itself).
     */
    static String redirectTo(String next) {
        Matcher m = next == null ? null : NEXT.matcher(next);
        if (m == null || !m.matches() || m.group(1).equals("/signin")) {
            return "/index?faces-redirect=true";
        }
        String query = m.group(2) == null || m.group(2).length() < 2 ? "?" : m.group(2) + "&";
        return m.group(1) + query + "faces-redirect=true";
    }
}
