package dev.cleanclaim.core.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsAreExactCentsAndPrintWithTwoDecimals() {
        assertThat(Money.parse("40")).hasToString("40.00");
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.parse("26.96").times(3)).hasToString("80.88");
        assertThat(Money.of(new java.math.BigDecimal("2410.000"))).isEqualTo(new Money(241000));
    }

    @Test
    void moreThanTwoDecimalsAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.parse("40.005")).hasMessageContaining("more than two decimals");
        assertThatThrownBy(() -> Money.parse("forty")).hasMessageContaining("not an amount of money");
    }

    @Test
    void anAmountTooLargeForCentsIsRefusedQuicklyAsBadInputNotAnArithmeticFailure() {
        assertThat(Money.parse("9999999999999999.99")).hasToString("9999999999999999.99");
        assertThatThrownBy(() -> Money.parse("99999999999999999")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.parse("1e400")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("1E+999999999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAsciiDigitsWithAtMostTwoDecimalsAreReadAsDollars() {
        assertThat(Money.parse("-1.50")).isEqualTo(new Money(-150));
        // Arabic-Indic, Persian and full-width digits, exponents, signs, bare points, spaces and three decimals
        for (String refused : new String[] {"\u0664\u0668.\u0660\u0660", "\u06f4\u06f8", "\uff14\uff18.00", "4.8e1", "+48",
                ".5", "48.", " 48.00", "48.00 ", "48.000", "48,00", ""}) {
            assertThatThrownBy(() -> Money.parse(refused)).as(refused).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anExactDecimalAsAnEightThirtyFiveCarriesItKeepsItsCentsAndRefusesMore() {
        assertThat(Money.of(new java.math.BigDecimal(".5"))).isEqualTo(new Money(50));
        assertThatThrownBy(() -> Money.of(new java.math.BigDecimal("40.005"))).hasMessageContaining("more than two decimals");
    }
}
