package org.programmeregistry.application.readmodel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a programme search starts: after the programme {@code id} of
 * {@code relevance} (0 without a text). Searches are ordered by relevance, highest first,
 * then by id, so a page is a key range, stable while others insert, and costs the same
 * wherever it lies. Callers see it as an opaque text ({@link #token}).
 */
public record SearchCursor(int relevance, String id) {

    public SearchCursor {
        if (relevance < 0 || id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a cursor has a relevance >= 0 and an id");
        }
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((relevance + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for, or empty when the text is not a token {@link #token} gave. */
    public static Optional<SearchCursor> of(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? Optional.empty() : Optional.of(new SearchCursor(Integer.parseInt(text.substring(0, colon)), text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
