package org.programmeregistry.adapters.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/** Money as people read it: the currency, then the amount grouped in thousands, its decimals kept when it has any. */
final class Amounts {

    private Amounts() {
    }

    /** {@code EUR 1,500,000}, {@code EUR 1,500,000.50}; without a currency, the amount alone. */
    static String of(String currency, BigDecimal amount) {
        String plain = amount.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        String grouped = (negative ? "-" : "") + String.format(Locale.ENGLISH, "%,d", new BigInteger(whole.isEmpty() ? "0" : whole)) + fraction;
        return currency == null || currency.isEmpty() ? grouped : currency + " " + grouped;
    }

    /** A count grouped in thousands as amounts are: {@code 3,003}. */
    static String count(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }
}
