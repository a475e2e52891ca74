package org.programmeregistry.application.readmodel;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the free-text search sees a title: its distinct words, lower case, split at anything
 * that is not a letter or digit. A search word matches a title word it begins, so
 * "border manag" finds "Integrated Border Management". Stores index these words.
 */
public final class TitleWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Longer words are cut to this length in the index and in queries alike. */
    public static final int MAX_LENGTH = 60;

    private TitleWords() {
    }

    public static List<String> of(String title) {
        return SEPARATORS.splitAsStream(title.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).map(TitleWords::cut).distinct().toList();
    }

    /** A search word as it is compared: lower case, cut to {@link #MAX_LENGTH}. */
    public static String normalise(String word) {
        return cut(word.strip().toLowerCase(Locale.ROOT));
    }

    private static String cut(String word) {
        return word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word;
    }
}
