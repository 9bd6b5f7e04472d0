package dev.gatehouse.web.mcp;

import java.util.Locale;

/** The few media-type checks the transport needs, on raw header values. */
final class MediaTypes {
    static final String JSON = "application/json";
    static final String EVENT_STREAM = "text/event-stream";

    private MediaTypes() {
    }

    /** Whether an {@code Accept} header accepts {@code type} (wildcards count; q=0 excludes). */
    static boolean accepts(String accept, String type) {
        if (accept == null) {
            return false;
        }
        String major = type.substring(0, type.indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            if (excluded(parts)) {
                continue;
            }
            if (media.equals(type) || media.equals("*/*") || media.equals(major + "/*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (p.equals("q=0") || p.matches("q=0\\.0*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a {@code Content-Type} header is JSON (parameters such as charset allowed). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return media.equalsIgnoreCase(JSON);
    }
}
