package org.programmeregistry.adapters.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's two stylesheets, for screens and for print; files of the site, or inline in a standalone page. */
public final class Stylesheets {

    public static final String SCREEN = read("site.css");
    public static final String PRINT = read("print.css");

    private Stylesheets() {
    }

    private static String read(String name) {
        try (InputStream in = Stylesheets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
