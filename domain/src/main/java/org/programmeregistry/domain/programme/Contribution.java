package org.programmeregistry.domain.programme;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.Text;
import org.programmeregistry.domain.organisation.Acronym;

/**
 * A donor's funding of a programme through a named instrument ("IPA Regional Programme 2007"),
 * optionally with an amount. An imported IATI activity may name no instrument.
 */
public record Contribution(Acronym donor, Optional<String> instrument, Optional<Money> amount) {

    public static final int INSTRUMENT_MAX = 300;

    public Contribution {
        Objects.requireNonNull(donor, "donor");
        instrument = Objects.requireNonNull(instrument, "instrument")
                .map(i -> Text.optional(i, INSTRUMENT_MAX, Rule.P9, "the instrument"))
                .filter(i -> !i.isEmpty());
        Objects.requireNonNull(amount, "amount");
    }

    public static Contribution of(Acronym donor, String instrument, Money amount) {
        return new Contribution(donor, Optional.ofNullable(instrument), Optional.ofNullable(amount));
    }

    /** Two contributions with the same donor and instrument (P9) are the same funding line. */
    public boolean sameLineAs(Contribution other) {
        return donor.equals(other.donor) && instrumentKey().equals(other.instrumentKey());
    }

    private String instrumentKey() {
        return instrument.map(i -> i.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** "European Commission IPA Regional Programme 2007" style, for messages. */
    public String describe() {
        return donor + instrument.map(i -> " (" + i + ")").orElse("");
    }
}
