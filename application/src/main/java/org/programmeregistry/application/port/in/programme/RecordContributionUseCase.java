package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.programmeregistry.domain.programme.Contribution;

/** Records a donor's funding through an instrument, optionally with an amount (P9). */
public interface RecordContributionUseCase {

    void recordContribution(Command command);

    /** {@code amount} and {@code currency} come together or not at all. */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String donor,
            @Size(max = Contribution.INSTRUMENT_MAX) String instrument,
            @PositiveOrZero BigDecimal amount,
            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency) {

        public Command(String actor, String programmeId, String donor, String instrument, BigDecimal amount, String currency) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.donor = donor;
            this.instrument = instrument;
            this.amount = amount;
            this.currency = currency;
            CommandValidation.check(this);
        }

        @jakarta.validation.constraints.AssertTrue(message = "amount and currency are given together (P9)")
        private boolean isAmountWithCurrency() {
            return (amount == null) == (currency == null);
        }
    }
}
