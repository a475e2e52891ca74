package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.*;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.programmeregistry.application.port.in.CommandValidation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.programmeregistry.domain.programme.Contribution;

/**
 * Corrects a recorded contribution, named by its donor and instrument (P13): gives it an amount
 * it was recorded without, another amount, none, or another instrument name (P9).
 */
public interface ChangeContributionUseCase {

    void changeContribution(Command command);

    /**
     * {@code instrument} is the line's instrument as recorded (null or blank: none). What is
     * null among {@code correctedInstrument}, {@code amount} and {@code currency} stays as it is;
     * {@code withoutAmount} removes the amount. At least one correction is given.
     */
    record Command(
            @NotBlank @Size(max = 200) String actor,
            @NotNull @Pattern(regexp = PROGRAMME_ID, message = PROGRAMME_ID_MESSAGE) String programmeId,
            @NotNull @Pattern(regexp = ACRONYM, message = ACRONYM_MESSAGE) String donor,
            @Size(max = Contribution.INSTRUMENT_MAX) String instrument,
            @Size(max = Contribution.INSTRUMENT_MAX) String correctedInstrument,
            @PositiveOrZero BigDecimal amount,
            @Pattern(regexp = CURRENCY, message = CURRENCY_MESSAGE) String currency,
            boolean withoutAmount) {

        public Command(String actor, String programmeId, String donor, String instrument, String correctedInstrument, BigDecimal amount,
                String currency, boolean withoutAmount) {
            this.actor = actor;
            this.programmeId = programmeId;
            this.donor = donor;
            this.instrument = instrument;
            this.correctedInstrument = correctedInstrument;
            this.amount = amount;
            this.currency = currency;
            this.withoutAmount = withoutAmount;
            CommandValidation.check(this);
        }

        @AssertTrue(message = "an amount is given with its currency (P9)")
        private boolean isAmountWithCurrency() {
            return (amount == null) == (currency == null);
        }

        @AssertTrue(message = "give either a new amount or none, not both")
        private boolean isAmountOrWithout() {
            return !(withoutAmount && amount != null);
        }

        @AssertTrue(message = "name a correction: a new amount, no amount, or a new instrument")
        private boolean isCorrection() {
            return withoutAmount || amount != null || correctedInstrument != null;
        }
    }
}
