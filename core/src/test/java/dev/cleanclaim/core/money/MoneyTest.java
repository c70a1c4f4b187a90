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
        assertThat(Money.parse("2410.000")).isEqualTo(new Money(241000));
    }

    @Test
    void moreThanTwoDecimalsAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.parse("40.005")).hasMessageContaining("more than two decimals");
        assertThatThrownBy(() -> Money.parse("forty")).hasMessageContaining("not an amount of money");
    }

    @Test
    void anAmountTooLargeForCentsIsRefusedQuicklyAsBadInputNotAnArithmeticFailure() {
        assertThat(Money.parse("9999999999999999.99")).hasToString("9999999999999999.99");
        assertThatThrownBy(() -> Money.parse("1e400")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.parse("1E+999999999")).isInstanceOf(IllegalArgumentException.class);
    }
}
