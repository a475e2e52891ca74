package org.programmeregistry.domain.programme;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/** A non-negative amount in an ISO 4217 currency (P9). */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new RuleViolation(Rule.P9, "the amount " + amount.toPlainString() + " is negative; contributions are zero or more");
        }
        if (currency == null || !isIso4217(currency)) {
            throw new RuleViolation(Rule.P9, "'" + currency + "' is not an ISO 4217 currency code; use one such as EUR or USD");
        }
        amount = amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), currency);
        } catch (NumberFormatException e) {
            throw new RuleViolation(Rule.P9, "'" + amount + "' is not an amount; write it as digits, e.g. 1500000.00");
        }
    }

    private static boolean isIso4217(String code) {
        if (code.length() != 3 || code.chars().anyMatch(c -> c < 'A' || c > 'Z')) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
