package org.programmeregistry.adapters.site;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks themselves fail on what they are meant to catch, so a passing page test means something. */
class HtmlChecksTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
            + "<style media=\"print\">body{}</style></head><body>";

    @Test
    @DisplayName("a parse error fails the page")
    void parseErrorFails() {
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><p>a</b></body></html>", "broken")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><table><tr><div>a</div></table></body></html>", "broken"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("a skipped heading level, a second h1 or a resource of another host fails the page")
    void outlineAndResources() {
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><h3>y</h3></body></html>", "skip")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><h1>y</h1></body></html>", "two")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><a href=\"https://example.org/\">e</a></body></html>", "far"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD + "<h1>x</h1><div style=\"background:url(//cdn/x.png)\"></div></body></html>", "css"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("a page without a print stylesheet or a language fails")
    void printAndLanguage() {
        assertThatThrownBy(() -> HtmlChecks.checkPage("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><h1>x</h1></body></html>", "no print")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HtmlChecks.checkPage(HEAD.replace(" lang=\"en\"", "") + "<h1>x</h1></body></html>", "no lang"))
                .isInstanceOf(AssertionError.class);
    }
}
