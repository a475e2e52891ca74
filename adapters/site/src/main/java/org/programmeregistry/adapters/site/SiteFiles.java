package org.programmeregistry.adapters.site;

import java.util.Locale;

/**
 * Where each page of the site lives, relative to the site's folder. File names are derived from identifiers so that
 * no identifier can leave its folder or clash with another: a programme identifier may hold {@code /} (P1), and
 * a file name must not.
 */
public final class SiteFiles {

    public static final String INDEX = "index.html";
    public static final String STYLESHEET = "site.css";
    public static final String PRINT_STYLESHEET = "print.css";

    private SiteFiles() {
    }

    /** {@code programme/IOM-HU-IBM-2009.html}; {@code A/B} becomes {@code programme/A~2FB.html}. */
    public static String programme(String programmeId) {
        return "programme/" + safeName(programmeId) + ".html";
    }

    /** {@code status/closed.html}. */
    public static String status(String statusName) {
        return "status/" + safeName(statusName.toLowerCase(Locale.ROOT)) + ".html";
    }

    /** {@code territory/cs.html}. */
    public static String territory(String code) {
        return "territory/" + safeName(code.toLowerCase(Locale.ROOT)) + ".html";
    }

    /**
     * Letters, digits, {@code -} and {@code _} stay; a {@code .} stays unless it comes first (no hidden file, no
     * {@code ..}); every other character becomes {@code ~} and its two or four hex digits. {@code ~} is not allowed
     * in an identifier (P1), so the mapping is one to one, and it needs no escaping in a URL.
     */
    static String safeName(String identifier) {
        StringBuilder name = new StringBuilder(identifier.length() + 8);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '.' && i > 0);
            if (plain) {
                name.append(c);
            } else if (c < 0x100) {
                name.append('~').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                name.append("~u").append(String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        return name.toString();
    }
}
