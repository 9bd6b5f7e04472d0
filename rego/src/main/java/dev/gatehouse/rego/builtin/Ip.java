package dev.gatehouse.rego.builtin;

import java.math.BigInteger;

/**
 * Literal IP addresses and CIDR networks as Go's {@code net} package parses and prints them.
 * Never resolves names. {@code bytes} is 4 long for IPv4, 16 for IPv6.
 */
record Ip(byte[] bytes) {

    /** A network: base address (masked) and prefix length. */
    record Net(Ip ip, int prefix) {
        int bits() {
            return ip.bytes().length * 8;
        }

        BigInteger start() {
            return new BigInteger(1, ip.bytes());
        }

        BigInteger size() {
            return BigInteger.ONE.shiftLeft(bits() - prefix);
        }

        boolean contains(Ip a) {
            Ip x = a.bytes().length == ip.bytes().length ? a : a.bytes().length == 16 ? a.to4() : null;
            if (x == null) {
                return false;
            }
            BigInteger v = new BigInteger(1, x.bytes());
            return v.compareTo(start()) >= 0 && v.compareTo(start().add(size())) < 0;
        }

        @Override
        public String toString() {
            return ip + "/" + prefix;
        }
    }

    /** Parses a literal IPv4 or IPv6 address (no zones), or returns null. */
    static Ip parse(String s) {
        if (s.indexOf(':') >= 0) {
            return parse6(s);
        }
        byte[] b = parse4(s);
        return b == null ? null : new Ip(b);
    }

    private static byte[] parse4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0' || !p.chars().allMatch(c -> c >= '0'
                    && c <= '9')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            b[i] = (byte) v;
        }
        return b;
    }

    private static Ip parse6(String s) {
        byte[] out = new byte[16];
        int ellipsis = -1;
        int i = 0;
        int n = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            i = 2;
            if (i == s.length()) {
                return new Ip(out);
            }
        }
        while (n < 16) {
            int st = i;
            int v = 0;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && i - st < 5) {
                v = v * 16 + Character.digit(s.charAt(i), 16);
                i++;
            }
            if (i == st || i - st > 4) {
                return null;
            }
            if (i < s.length() && s.charAt(i) == '.') {
                if (ellipsis < 0 && n != 12 || n + 4 > 16) {
                    return null;
                }
                byte[] v4 = parse4(s.substring(st));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, n, 4);
                n += 4;
                i = s.length();
                break;
            }
            out[n++] = (byte) (v >> 8);
            out[n++] = (byte) v;
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != ':' || i + 1 == s.length()) {
                return null;
            }
            i++;
            if (s.charAt(i) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = n;
                i++;
                if (i == s.length()) {
                    break;
                }
            }
        }
        if (i != s.length()) {
            return null;
        }
        if (n < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int k = 16 - n;
            for (int j = n - 1; j >= ellipsis; j--) {
                out[j + k] = out[j];
            }
            for (int j = ellipsis + k - 1; j >= ellipsis; j--) {
                out[j] = 0;
            }
        } else if (ellipsis >= 0) {
            return null;
        }
        return new Ip(out);
    }

    /** Go's {@code net.ParseCIDR}, or null. */
    static Net parseCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Ip ip = parse(s.substring(0, slash));
        String p = s.substring(slash + 1);
        if (ip == null || p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                || p.length() > 1 && p.charAt(0) == '0') {
            return null;
        }
        int prefix = Integer.parseInt(p);
        if (prefix > ip.bytes().length * 8) {
            return null;
        }
        return new Net(ip.mask(prefix), prefix);
    }

    /** This address with all bits after {@code prefix} cleared. */
    Ip mask(int prefix) {
        byte[] b = bytes.clone();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        return new Ip(b);
    }

    /** The IPv4 form of an IPv4-mapped IPv6 address, or null. */
    Ip to4() {
        if (bytes.length == 4) {
            return this;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return null;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return null;
        }
        return new Ip(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
    }

    static Ip of(BigInteger v, int len) {
        byte[] raw = v.toByteArray();
        byte[] b = new byte[len];
        int copy = Math.min(len, raw.length);
        System.arraycopy(raw, raw.length - copy, b, len - copy, copy);
        return new Ip(b);
    }

    @Override
    public String toString() {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        Ip v4 = to4();
        if (v4 != null) {
            return v4.toString();
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 16; i += 2) {
            int j = i;
            while (j < 16 && bytes[j] == 0 && bytes[j + 1] == 0) {
                j += 2;
            }
            if (j - i > bestLen && j - i >= 4) {
                bestStart = i;
                bestLen = j - i;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 2;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        return sb.toString();
    }
}
