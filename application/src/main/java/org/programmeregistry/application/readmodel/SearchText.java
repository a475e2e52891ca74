package org.programmeregistry.application.readmodel;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the portfolio search sees a text, on every store alike: lower case, accents stripped
 * ("Türkiye" is "turkiye"), split into words at anything that is not a letter or digit. A
 * search word matches a stored word it begins, so "integ bord" finds "Integrated Border
 * Management". A programme's searchable text is its title, summary, module names,
 * deliverable titles and event titles; its relevance to a search is how many of the search
 * words begin a word of its title.
 */
public final class SearchText {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Longer words are cut to this length in the stores and in searches alike. */
    public static final int MAX_WORD = 60;

    private SearchText() {
    }

    /** The distinct words of {@code text} as a search compares them, in their order. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.splitAsStream(plain).filter(w -> !w.isEmpty()).map(SearchText::cut).distinct().toList();
    }

    /** The words of {@code texts} joined by single spaces: what a store keeps to search in. */
    public static String normalised(List<String> texts) {
        return String.join(" ", texts.stream().flatMap(t -> words(t).stream()).distinct().toList());
    }

    /** True when every search word begins some word of {@code words}. */
    public static boolean matches(List<String> searchWords, List<String> words) {
        return searchWords.stream().allMatch(s -> words.stream().anyMatch(w -> w.startsWith(s)));
    }

    /** How many search words begin a word of the title: the order of a search with a text, highest first. */
    public static int relevance(List<String> searchWords, String title) {
        List<String> titleWords = words(title);
        return (int) searchWords.stream().filter(s -> titleWords.stream().anyMatch(w -> w.startsWith(s))).count();
    }

    private static String cut(String word) {
        return word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
    }
}
