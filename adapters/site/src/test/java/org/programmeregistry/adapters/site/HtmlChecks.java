package org.programmeregistry.adapters.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** What every page of the site must be: HTML5 that parses without one error, accessible in outline, self-contained. */
final class HtmlChecks {

    /** A scheme ({@code https:}, {@code data:}, ...) or a protocol-relative {@code //host}: a resource of another host. */
    private static final Pattern ELSEWHERE = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final Pattern CSS_ELSEWHERE = Pattern.compile("url\\(|@import", Pattern.CASE_INSENSITIVE);

    private HtmlChecks() {
    }

    /** Parses with jsoup's HTML5 tree builder, tracking every error; any error fails. */
    static Document parseStrictly(String html, String page) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML5 parse errors of %s", page).isEmpty();
        return document;
    }

    /** The outline and the hygiene of a page: language, one h1, headings without a skipped level, print styles, nothing from elsewhere. */
    static Document checkPage(String html, String page) {
        assertThat(html).as(page).startsWith("<!DOCTYPE html>");
        Document document = parseStrictly(html, page);
        assertThat(document.documentType()).as("doctype of %s", page).isNotNull();
        assertThat(document.selectFirst("html").attr("lang")).as("lang of %s", page).isNotBlank();
        assertThat(document.select("meta[charset]")).as("charset of %s", page).hasSize(1);
        assertThat(document.title()).as("title of %s", page).isNotBlank();
        assertThat(document.select("h1")).as("h1 of %s", page).hasSize(1);
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("%s of %s after h%s", heading.tagName(), page, previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(document.select("link[rel=stylesheet][media=print], style[media=print]")).as("print stylesheet of %s", page)
                .isNotEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (List.of("href", "src", "srcset", "xlink:href", "action", "data", "poster", "formaction").contains(attribute.getKey())) {
                    assertThat(attribute.getValue()).as("%s of <%s> in %s", attribute.getKey(), element.tagName(), page)
                            .doesNotContainPattern(ELSEWHERE);
                }
                if (attribute.getKey().equals("style")) {
                    assertThat(attribute.getValue()).doesNotContainPattern(CSS_ELSEWHERE);
                }
            }
        }
        document.select("style").forEach(style -> assertThat(style.data()).as("inline CSS of %s", page).doesNotContainPattern(CSS_ELSEWHERE));
        assertThat(document.select("script, iframe, object, embed, img[src], base")).as("scripts and embedded resources of %s", page).isEmpty();
        return document;
    }

    /** Every relative link of a page names a file of the site. */
    static void checkLinksResolve(Document document, Path page, Path site) {
        for (Element link : document.select("[href]")) {
            String href = link.attr("href");
            String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            if (file.isEmpty()) {
                continue;
            }
            Path target = page.getParent().resolve(file).normalize();
            assertThat(target.startsWith(site.normalize())).as("%s in %s stays inside the site", href, page).isTrue();
            assertThat(Files.isRegularFile(target)).as("%s in %s", href, page).isTrue();
        }
    }

    static void checkStylesheet(String css, String name) {
        assertThat(css).as(name).doesNotContainPattern(CSS_ELSEWHERE);
    }
}
