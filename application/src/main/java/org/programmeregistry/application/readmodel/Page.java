package org.programmeregistry.application.readmodel;

import java.util.List;
import java.util.Optional;

/**
 * One page of a longer result: the items, how many there are in all, whether that total is
 * exact or an estimate, and the cursor of the next page (empty on the last one).
 */
public record Page<T>(List<T> items, long total, boolean totalExact, Optional<String> next) {

    public Page {
        items = List.copyOf(items);
    }
}
