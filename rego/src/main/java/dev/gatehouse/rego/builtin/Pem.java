package dev.gatehouse.rego.builtin;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** PEM blocks as Go's {@code encoding/pem} decodes them (type and DER bytes), in order. */
final class Pem {
    private Pem() {
    }

    /** One decoded block. */
    record Block(String type, byte[] der) {
    }

    /** All blocks in {@code text}; malformed base64 bodies end the scan like Go's decoder. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", pos);
            if (begin < 0) {
                return out;
            }
            int typeEnd = text.indexOf("-----", begin + 11);
            if (typeEnd < 0) {
                return out;
            }
            String type = text.substring(begin + 11, typeEnd);
            String endMarker = "-----END " + type + "-----";
            int end = text.indexOf(endMarker, typeEnd + 5);
            if (end < 0) {
                return out;
            }
            try {
                byte[] der = Base64.getMimeDecoder().decode(text.substring(typeEnd + 5, end).replaceAll("\\s", ""));
                out.add(new Block(type, der));
            } catch (IllegalArgumentException e) {
                return out;
            }
            pos = end + endMarker.length();
        }
    }

    /** Go's {@code base64.StdEncoding.DecodeString} error wording for a builtin. */
    static byte[] base64(String fn, String s) throws BuiltinException {
        try {
            if (s.length() % 4 != 0) {
                throw new IllegalArgumentException();
            }
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            int bad = 0;
            while (bad < s.length() && (Character.isLetterOrDigit(s.charAt(bad)) || s.charAt(bad) == '+'
                    || s.charAt(bad) == '/')) {
                bad++;
            }
            if (bad == s.length()) {
                bad = s.length() - s.length() % 4;
            }
            throw BuiltinException.builtinError(fn + ": illegal base64 data at input byte " + bad);
        }
    }
}
