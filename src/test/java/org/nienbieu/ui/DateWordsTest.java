package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

class DateWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-06 | 2025-08-06 | DAY           | ngày 6/8/2025            | 6 August 2025
            2025-10-24 | 2025-10-26 | DAYS          | từ 24 đến 26/10/2025     | 24–26 October 2025
            2025-10-30 | 2025-11-02 | DAYS          | từ 30/10 đến 2/11/2025   | 30 October–2 November 2025
            2025-11-01 | 2025-11-10 | PART_OF_MONTH | đầu tháng 11/2025        | early November 2025
            2025-11-21 | 2025-11-30 | PART_OF_MONTH | cuối tháng 11/2025       | late November 2025
            2025-11-01 | 2025-11-30 | MONTH         | tháng 11/2025            | November 2025
            2025-10-01 | 2025-12-31 | QUARTER       | quý 4/2025               | Q4 2025
            2025-01-01 | 2025-12-31 | YEAR          | năm 2025                 | 2025
            2025-08-11 | 2025-08-17 | WEEK          | tuần 11 đến 17/8/2025    | week of 11 August 2025
            """)
    void saysTheDateAsPreciselyAsItIsKnown(LocalDate start, LocalDate end, Precision precision, String vi, String en) {
        DateSpan span = DateSpan.of(start, end, precision);
        assertThat(new DateWords(UiText.VIETNAMESE).say(span)).isEqualTo(vi);
        assertThat(new DateWords(Locale.ENGLISH).say(span)).isEqualTo(en);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi | không rõ ngày
            en | undated
            """)
    void undatedSaysSo(String lang, String words) {
        assertThat(new DateWords(UiText.language(lang)).say(DateSpan.undated())).isEqualTo(words);
    }
}
