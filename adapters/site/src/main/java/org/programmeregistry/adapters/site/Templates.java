package org.programmeregistry.adapters.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The jte templates of src/main/jte, compiled into this module at build time; HTML-escaped by content type. */
final class Templates {

    /** The package the pom's jte-maven-plugin generates the template classes into. */
    private static final String PACKAGE = "org.programmeregistry.adapters.site.templates";

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    private Templates() {
    }

    static String programme(ProgrammePage page) {
        return render("programme.jte", page);
    }

    static String listing(ListingPage page) {
        return render("listing.jte", page);
    }

    private static String render(String template, Object page) {
        StringOutput output = new StringOutput(32 * 1024);
        ENGINE.render(template, page, output);
        return output.toString();
    }
}
