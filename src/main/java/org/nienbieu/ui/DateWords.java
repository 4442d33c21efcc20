package org.nienbieu.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.nienbieu.model.DateSpan;

/**
 * Says a date span the way a reader would, in Vietnamese or English: "ngày 6/8/2025" or
 * "6 August 2025", "từ 24 đến 26/10/2025" or "24–26 October 2025", "đầu tháng 11/2025" or
 * "early November 2025", a week, a quarter, a season, a year. The precision decides the words, so
 * an imprecise date never reads as an exact one.
 */
final class DateWords {

    private final boolean vi;

    DateWords(Locale locale) {
        this.vi = UiText.isVietnamese(locale);
    }

    String say(DateSpan span) {
        if (!span.isDated()) {
            return vi ? "không rõ ngày" : "undated";
        }
        LocalDate s = span.start();
        LocalDate e = span.end();
        return switch (span.precision()) {
            case DAY -> day(s);
            case DAYS -> days(s, e);
            case WEEK -> vi ? "tuần " + days(s, e).replace("từ ", "") : "week of " + day(s);
            case MONTH -> month(s);
            case PART_OF_MONTH -> part(s) + month(s);
            case QUARTER -> vi ? "quý " + quarter(s) + "/" + s.getYear() : "Q" + quarter(s) + " " + s.getYear();
            case SEASON -> vi ? "khoảng " + days(s, e).replace("từ ", "") : "around " + days(s, e);
            case YEAR -> vi ? "năm " + s.getYear() : String.valueOf(s.getYear());
            case UNDATED -> vi ? "không rõ ngày" : "undated";
        };
    }

    /** A short date for lists: {@code 06/08/2025} or {@code 6 Aug 2025}. */
    String compact(DateSpan span) {
        if (!span.isDated()) {
            return vi ? "không rõ" : "undated";
        }
        LocalDate s = span.start();
        return switch (span.precision()) {
            case MONTH, PART_OF_MONTH, QUARTER, SEASON -> vi ? s.getMonthValue() + "/" + s.getYear()
                    : s.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + s.getYear();
            case YEAR -> String.valueOf(s.getYear());
            default -> vi ? String.format(Locale.ROOT, "%02d/%02d/%d", s.getDayOfMonth(), s.getMonthValue(), s.getYear())
                    : s.getDayOfMonth() + " " + s.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + s.getYear();
        };
    }

    private String day(LocalDate d) {
        return vi ? "ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear()
                : d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear();
    }

    private String days(LocalDate s, LocalDate e) {
        if (vi) {
            String first = s.getYear() != e.getYear() ? s.getDayOfMonth() + "/" + s.getMonthValue() + "/" + s.getYear()
                    : s.getMonthValue() != e.getMonthValue() ? s.getDayOfMonth() + "/" + s.getMonthValue()
                    : String.valueOf(s.getDayOfMonth());
            return "từ " + first + " đến " + e.getDayOfMonth() + "/" + e.getMonthValue() + "/" + e.getYear();
        }
        String first = s.getYear() != e.getYear() ? s.getDayOfMonth() + " " + monthName(s) + " " + s.getYear()
                : s.getMonthValue() != e.getMonthValue() ? s.getDayOfMonth() + " " + monthName(s)
                : String.valueOf(s.getDayOfMonth());
        return first + "–" + e.getDayOfMonth() + " " + monthName(e) + " " + e.getYear();
    }

    private String month(LocalDate d) {
        return vi ? "tháng " + d.getMonthValue() + "/" + d.getYear() : monthName(d) + " " + d.getYear();
    }

    private String part(LocalDate s) {
        int day = s.getDayOfMonth();
        if (vi) {
            return day <= 10 ? "đầu " : day <= 20 ? "giữa " : "cuối ";
        }
        return day <= 10 ? "early " : day <= 20 ? "mid-" : "late ";
    }

    private static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
