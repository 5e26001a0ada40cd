package org.eduroadmap.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A KPI's series line reads back exactly the values written into it, scale included. */
class NationalSeriesTest {

    private static List<YearValue> roundTrip(List<YearValue> values, int year) {
        NationalSeries line = new NationalSeries(7);
        line.set(values);
        return NationalSeries.parse(7, line.history(), year);
    }

    @Test
    void readsBackWhatWasWrittenUpToTheYear() {
        List<YearValue> values = List.of(new YearValue(7L, 2019, new BigDecimal("38.0000")),
                new YearValue(7L, 2020, new BigDecimal("-1.5000")), new YearValue(7L, 2021, new BigDecimal("0.0000")),
                new YearValue(7L, 2022, new BigDecimal("350")),
                new YearValue(7L, 2023, new BigDecimal("999999999999999.9999")),
                new YearValue(7L, 2024, new BigDecimal("0.000001")));
        assertThat(roundTrip(values, 2030)).isEqualTo(values);
        assertThat(roundTrip(values, 2021)).isEqualTo(values.subList(0, 3));
        assertThat(roundTrip(values, 2018)).isEmpty();
        assertThat(NationalSeries.parse(7, null, 2030)).isEmpty();
        assertThat(NationalSeries.parse(7, "", 2030)).isEmpty();
    }

    @Test
    void everyPlainDecimalReadsAsTheGeneralParserReadsIt() {
        Random random = new Random(20_261_129L);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = switch (i % 4) {
                case 0 -> random.nextLong(-1_000, 1_000);
                case 1 -> random.nextLong(-10_000_000_000L, 10_000_000_000L);
                case 2 -> random.nextLong();
                default -> random.nextLong(Long.MAX_VALUE / 10, Long.MAX_VALUE) * (random.nextBoolean() ? 1 : -1);
            };
            String text = BigDecimal.valueOf(unscaled, random.nextInt(0, 8)).toPlainString();
            BigDecimal read = NationalSeries.decimal(text, 0, text.length());
            assertThat(read).as(text).isEqualTo(new BigDecimal(text));
            assertThat(read.scale()).as(text).isEqualTo(new BigDecimal(text).scale());
        }
        List<YearValue> many = new ArrayList<>();
        for (int year = 1990; year < 2040; year++) {
            many.add(new YearValue(7L, year, BigDecimal.valueOf(random.nextLong(-99_999_999, 99_999_999), 4)));
        }
        assertThat(roundTrip(many, 2039)).isEqualTo(many);
    }
}
