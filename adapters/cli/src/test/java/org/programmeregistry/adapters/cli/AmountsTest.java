package org.programmeregistry.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Amounts read as people write them: grouped in thousands after their currency, decimals kept when there are any. */
class AmountsTest {

    @Test
    @DisplayName("a whole amount is grouped in thousands after its currency")
    void whole() {
        assertThat(Amounts.of("EUR", new BigDecimal("1500000"))).isEqualTo("EUR 1,500,000");
    }

    @Test
    @DisplayName("decimals are kept as given")
    void decimals() {
        assertThat(Amounts.of("EUR", new BigDecimal("1500000.50"))).isEqualTo("EUR 1,500,000.50");
        assertThat(Amounts.of("USD", new BigDecimal("999.5"))).isEqualTo("USD 999.5");
    }

    @Test
    @DisplayName("an amount in exponent form prints as plain digits")
    void exponent() {
        assertThat(Amounts.of("EUR", new BigDecimal("1.5E+6"))).isEqualTo("EUR 1,500,000");
    }

    @Test
    @DisplayName("without a currency, the amount alone")
    void noCurrency() {
        assertThat(Amounts.of(null, new BigDecimal("1000"))).isEqualTo("1,000");
    }
}
