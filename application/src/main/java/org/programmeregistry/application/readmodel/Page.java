package org.programmeregistry.application.readmodel;

import java.util.List;

/** One page of a longer result: the items, how many there are in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
