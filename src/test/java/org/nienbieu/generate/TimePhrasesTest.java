package org.nienbieu.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

class TimePhrasesTest {

    private static final LocalDate DCT = LocalDate.of(2025, 11, 26);

    @Test
    void pastDayMonthsNeverLieAfterThePublicationDateAndFutureOnesAlwaysDo() {
        Rng r = new Rng(7);
        for (int i = 0; i < 2000; i++) {
            Phrase past = TimePhrases.dayMonth(r, DCT, Tense.PAST, i % 2 == 0);
            Phrase future = TimePhrases.dayMonth(r, DCT, Tense.FUTURE, i % 2 == 0);
            assertThat(past.date().start()).isBeforeOrEqualTo(DCT).isAfter(DCT.minusDays(TimePhrases.HORIZON));
            assertThat(future.date().start()).isAfter(DCT);
        }
        assertThat(TimePhrases.dayMonth(r, DCT, Tense.NEUTRAL, false)).isNull();
    }

    @Test
    void anchoredDaysCountFromThePreviousDate() {
        Rng r = new Rng(3);
        LocalDate anchor = LocalDate.of(2025, 10, 14);
        for (int i = 0; i < 500; i++) {
            Phrase p = TimePhrases.anchored(r, anchor, DCT, Tense.PAST);
            if (p == null) {
                continue;
            }
            String[] words = p.text().split(" ");
            long n = switch (words[0]) {
                case "hôm", "ngày", "một" -> 1;
                case "hai" -> 2;
                case "ba" -> 3;
                case "bốn" -> 4;
                case "sáu" -> 6;
                case "bảy" -> 7;
                default -> Long.parseLong(words[0]);
            };
            long expected = p.text().contains(" trước") ? -n : n;
            assertThat(p.date()).isEqualTo(DateSpan.day(anchor.plusDays(expected)));
        }
    }

    @Test
    void everyPhraseFitsItsTense() {
        Rng r = new Rng(11);
        for (int i = 0; i < 3000; i++) {
            Phrase p = TimePhrases.event(r, DCT, Tense.PAST);
            assertThat(p.date().start()).as(p.text()).isBeforeOrEqualTo(DCT);
            Phrase f = TimePhrases.event(r, DCT, Tense.FUTURE);
            assertThat(f.date().end()).as(f.text()).isAfterOrEqualTo(DCT);
            Phrase n = TimePhrases.period(r, DCT, Tense.NEUTRAL);
            assertThat(n.date().precision()).isNotEqualTo(Precision.UNDATED);
        }
    }
}
