package org.nienbieu.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.nienbieu.model.DateSpan;

/**
 * Makes Vietnamese time expressions of every family together with their resolution. Each maker
 * first picks the intended days, then writes the words, then resolves the words back through
 * {@link DateRules} and refuses (returns {@code null}) when the rules would not give back the
 * intended days, so an emitted answer is right by construction and unambiguous under the rules.
 */
final class TimePhrases {

    /** How far, in days, year-less dates reach from the publication date. */
    static final int HORIZON = 120;

    private static final String[] PAST_PREFIXES = {"ngày", "ngày", "ngày", "hôm", "hôm", "sáng", "chiều", "tối", "trưa"};
    private static final String[] FUTURE_PREFIXES = {"ngày", "ngày", "ngày", "sáng", "chiều", "tối"};
    private static final int[] ANCHOR_DAYS = {1, 2, 2, 3, 3, 4, 6, 7};
    private static final String[] NUMBERS = {"", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy"};

    private record Deictic(String text, int offset, boolean past, boolean future) {
    }

    private static final Deictic[] DEICTICS = {
        new Deictic("hôm nay", 0, true, true), new Deictic("sáng nay", 0, true, true),
        new Deictic("chiều nay", 0, true, true), new Deictic("trưa nay", 0, true, false),
        new Deictic("tối nay", 0, false, true), new Deictic("hôm qua", -1, true, false),
        new Deictic("tối qua", -1, true, false), new Deictic("đêm qua", -1, true, false),
        new Deictic("hôm kia", -2, true, false), new Deictic("ngày mai", 1, false, true),
        new Deictic("sáng mai", 1, false, true), new Deictic("tối mai", 1, false, true),
        new Deictic("ngày kia", 2, false, true)};

    private TimePhrases() {
    }

    /** A time for an event: mostly a day or a few days, sometimes a week, month or coarser. */
    static Phrase event(Rng r, LocalDate dct, Tense t) {
        while (true) {
            Phrase p = switch (r.nextInt(18)) {
                case 0, 1, 2 -> dayMonth(r, dct, t, false);
                case 3 -> dayMonth(r, dct, t, true);
                case 4 -> dayMonthYear(r, dct, t, false);
                case 5 -> dayMonthYear(r, dct, t, true);
                case 6, 7 -> deictic(r, dct, t);
                case 8 -> bareWeekday(r, dct, t);
                case 9 -> weekdayOfWeek(r, dct, t);
                case 10 -> weekdayWithDate(r, dct, t);
                case 11 -> rangeInMonth(r, dct, t);
                case 12 -> rangeAcrossMonths(r, dct, t);
                case 13 -> week(r, dct, t);
                case 14 -> weekend(r, dct, t);
                default -> period(r, dct, t);
            };
            if (p != null) {
                return p;
            }
        }
    }

    /** A coarser time for background sentences: weeks, months, parts of months, quarters, seasons, years. */
    static Phrase period(Rng r, LocalDate dct, Tense t) {
        while (true) {
            Phrase p = switch (r.nextInt(11)) {
                case 0 -> relativeMonth(r, dct, t);
                case 1 -> relativePartOfMonth(r, dct, t);
                case 2 -> monthNear(r, dct, t, false);
                case 3 -> monthNear(r, dct, t, true);
                case 4 -> monthOfYear(r, dct, t);
                case 5, 6 -> quarter(r, dct, t);
                case 7 -> season(r, dct, t);
                case 8, 9 -> year(r, dct, t);
                default -> week(r, dct, t);
            };
            if (p != null) {
                return p;
            }
        }
    }

    /**
     * A day counted from the previously mentioned day ("hai ngày sau", "ba ngày trước đó", "hôm
     * sau"), or {@code null} when the result would contradict the sentence's tense.
     */
    static Phrase anchored(Rng r, LocalDate anchor, LocalDate dct, Tense t) {
        int n = ANCHOR_DAYS[r.nextInt(ANCHOR_DAYS.length)];
        boolean after = r.chance(0.6);
        LocalDate date = after ? anchor.plusDays(n) : anchor.minusDays(n);
        if (t == Tense.PAST && date.isAfter(dct) || t == Tense.FUTURE && !date.isAfter(dct)) {
            return null;
        }
        String text;
        if (n == 1 && after) {
            text = r.pick(new String[] {"hôm sau", "ngày hôm sau", "một ngày sau"});
        } else {
            String number = r.chance(0.2) ? Integer.toString(n) : NUMBERS[n];
            text = number + " ngày " + (after ? "sau" : "trước");
        }
        // "đó" ("then") belongs to the expression, as in the seeds' "một tuần trước đó".
        String tail = after ? (r.chance(0.4) ? " đó" : "") : " đó";
        return new Phrase("", text + tail, DateSpan.day(date), "");
    }

    // ---- day level ----------------------------------------------------------------------------

    static Phrase dayMonth(Rng r, LocalDate dct, Tense t, boolean hyphen) {
        if (t == Tense.NEUTRAL) {
            return null;
        }
        boolean future = t == Tense.FUTURE;
        LocalDate target = future ? dct.plusDays(1 + r.nextInt(HORIZON)) : dct.minusDays(r.nextInt(HORIZON));
        String prefix = hyphen ? (future ? "ngày" : r.pick(new String[] {"ngày", "hôm"}))
                : r.pick(future ? FUTURE_PREFIXES : PAST_PREFIXES);
        String dm = target.getDayOfMonth() + (hyphen ? "-" : "/") + target.getMonthValue();
        LocalDate resolved = DateRules.dayMonth(dct, target.getDayOfMonth(), target.getMonthValue(), future);
        return resolved.equals(target) ? new Phrase(prefix + " " + dm, DateSpan.day(target)) : null;
    }

    static Phrase dayMonthYear(Rng r, LocalDate dct, Tense t, boolean longForm) {
        LocalDate target = switch (t) {
            case PAST -> dct.minusDays(r.nextInt(365 * 3));
            case FUTURE -> dct.plusDays(1 + r.nextInt(400));
            case NEUTRAL -> dct.plusDays(r.between(-300, 300));
        };
        String text = longForm
                ? "ngày " + target.getDayOfMonth() + " tháng " + target.getMonthValue() + " năm " + target.getYear()
                : "ngày " + target.getDayOfMonth() + "/" + target.getMonthValue() + "/" + target.getYear();
        return new Phrase(text, DateSpan.day(target));
    }

    static Phrase deictic(Rng r, LocalDate dct, Tense t) {
        Deictic d = r.pick(DEICTICS);
        boolean fits = t == Tense.NEUTRAL || (t == Tense.PAST ? d.past() : d.future());
        return fits ? new Phrase(d.text(), DateSpan.day(dct.plusDays(d.offset()))) : null;
    }

    static Phrase bareWeekday(Rng r, LocalDate dct, Tense t) {
        if (t == Tense.NEUTRAL) {
            return null;
        }
        boolean future = t == Tense.FUTURE;
        int k = r.between(1, 6);
        LocalDate target = future ? dct.plusDays(k) : dct.minusDays(k);
        LocalDate resolved = DateRules.bareWeekday(dct, target.getDayOfWeek(), future);
        if (!resolved.equals(target)) {
            return null;
        }
        String name = DateRules.weekdayName(target.getDayOfWeek());
        if (future) {
            return new Phrase(r.chance(0.4) ? "vào " : "", name, DateSpan.day(target), "");
        }
        return new Phrase((r.chance(0.4) ? "hôm " : "") + name, DateSpan.day(target));
    }

    static Phrase weekdayOfWeek(Rng r, LocalDate dct, Tense t) {
        int offset = switch (t) {
            case PAST -> r.between(-1, 0);
            case FUTURE -> r.between(0, 1);
            case NEUTRAL -> r.between(-1, 1);
        };
        DayOfWeek day = DayOfWeek.of(r.between(1, 7));
        LocalDate target = DateRules.weekdayOfWeek(dct, day, offset);
        if (offset == 0 && (t == Tense.PAST && !target.isBefore(dct) || t == Tense.FUTURE && !target.isAfter(dct))) {
            return null;
        }
        String week = offset < 0 ? "tuần trước" : offset == 0 ? "tuần này" : "tuần tới";
        return new Phrase(DateRules.weekdayName(day) + " " + week, DateSpan.day(target));
    }

    static Phrase weekdayWithDate(Rng r, LocalDate dct, Tense t) {
        if (t == Tense.NEUTRAL) {
            return null;
        }
        boolean future = t == Tense.FUTURE;
        LocalDate target = future ? dct.plusDays(r.between(1, 9)) : dct.minusDays(r.between(0, 6));
        LocalDate resolved = DateRules.dayMonth(dct, target.getDayOfMonth(), target.getMonthValue(), future);
        if (!resolved.equals(target)) {
            return null;
        }
        String dm = (r.chance(0.4) ? "ngày " : "") + target.getDayOfMonth() + "/" + target.getMonthValue();
        return new Phrase(DateRules.weekdayName(target.getDayOfWeek()) + " (" + dm + ")", DateSpan.day(target));
    }

    static Phrase rangeInMonth(Rng r, LocalDate dct, Tense t) {
        LocalDate[] range = range(r, dct, t, 1, 4);
        if (range == null || range[0].getMonthValue() != range[1].getMonthValue()) {
            return null;
        }
        int s = range[0].getDayOfMonth();
        int e = range[1].getDayOfMonth();
        int m = range[1].getMonthValue();
        DateSpan span = DateSpan.days(range[0], range[1]);
        return switch (r.nextInt(3)) {
            case 0 -> new Phrase("từ ngày " + s + " đến " + e + "/" + m, span);
            case 1 -> new Phrase("ngày " + s + "-" + e + "/" + m, span);
            default -> new Phrase("trong các ", "ngày " + s + "-" + e + "/" + m, span, "");
        };
    }

    static Phrase rangeAcrossMonths(Rng r, LocalDate dct, Tense t) {
        LocalDate[] range = range(r, dct, t, 3, 12);
        if (range == null || range[0].getMonthValue() == range[1].getMonthValue()) {
            return null;
        }
        String from = range[0].getDayOfMonth() + "/" + range[0].getMonthValue();
        String to = range[1].getDayOfMonth() + "/" + range[1].getMonthValue();
        String text = r.chance(0.5) ? "từ " + from + " đến " + to : "từ ngày " + from + " đến ngày " + to;
        return new Phrase(text, DateSpan.days(range[0], range[1]));
    }

    /** A range wholly on or before the DCT (past) or wholly after it (future), within one year, resolving back to itself. */
    private static LocalDate[] range(Rng r, LocalDate dct, Tense t, int minLength, int maxLength) {
        if (t == Tense.NEUTRAL) {
            return null;
        }
        boolean future = t == Tense.FUTURE;
        int length = r.between(minLength, maxLength);
        LocalDate start;
        LocalDate end;
        if (future) {
            start = dct.plusDays(1 + r.nextInt(HORIZON));
            end = start.plusDays(length);
        } else {
            end = dct.minusDays(r.nextInt(HORIZON));
            start = end.minusDays(length);
        }
        if (start.getYear() != end.getYear()) {
            return null;
        }
        LocalDate key = future ? start : end;
        LocalDate resolved = DateRules.dayMonth(dct, key.getDayOfMonth(), key.getMonthValue(), future);
        return resolved.equals(key) ? new LocalDate[] {start, end} : null;
    }

    // ---- week level ---------------------------------------------------------------------------

    private static int relativeOffset(Rng r, Tense t) {
        return switch (t) {
            case PAST -> r.between(-1, 0);
            case FUTURE -> r.between(0, 1);
            case NEUTRAL -> r.between(-1, 1);
        };
    }

    static Phrase week(Rng r, LocalDate dct, Tense t) {
        int offset = relativeOffset(r, t);
        String text = offset < 0 ? "tuần trước" : offset == 0 ? "tuần này" : "tuần tới";
        return new Phrase(text, DateRules.week(dct, offset));
    }

    static Phrase weekend(Rng r, LocalDate dct, Tense t) {
        int offset = relativeOffset(r, t);
        boolean weekendNow = dct.getDayOfWeek().getValue() >= 6;
        if (offset == 0 && (t == Tense.PAST && !weekendNow || t == Tense.FUTURE && dct.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            return null;
        }
        String text = offset < 0 ? "cuối tuần trước" : offset == 0 ? "cuối tuần này" : "cuối tuần tới";
        return new Phrase(text, DateRules.weekend(dct, offset));
    }

    // ---- month level --------------------------------------------------------------------------

    static Phrase relativeMonth(Rng r, LocalDate dct, Tense t) {
        int offset = relativeOffset(r, t);
        String text = offset < 0 ? "tháng trước" : offset == 0 ? "tháng này" : "tháng tới";
        return new Phrase(text, DateRules.month(YearMonth.from(dct).plusMonths(offset)));
    }

    static Phrase relativePartOfMonth(Rng r, LocalDate dct, Tense t) {
        int offset = relativeOffset(r, t);
        DateRules.Part part = r.pick(DateRules.Part.values());
        DateSpan span = DateRules.partOfMonth(YearMonth.from(dct).plusMonths(offset), part);
        if (!fits(span, dct, t)) {
            return null;
        }
        String month = offset < 0 ? "tháng trước" : offset == 0 ? "tháng này" : "tháng tới";
        return new Phrase(part.word + " " + month, span);
    }

    /** "tháng 11" or "cuối tháng 7": a month 1–5 months away in the sentence's direction, never the DCT's own. */
    static Phrase monthNear(Rng r, LocalDate dct, Tense t, boolean withPart) {
        if (t == Tense.NEUTRAL) {
            return null;
        }
        boolean future = t == Tense.FUTURE;
        int k = r.between(1, 5);
        YearMonth target = YearMonth.from(dct).plusMonths(future ? k : -k);
        YearMonth resolved = DateRules.monthNear(dct, target.getMonthValue(), future);
        if (!resolved.equals(target)) {
            return null;
        }
        if (!withPart) {
            return new Phrase("tháng " + target.getMonthValue(), DateRules.month(target));
        }
        DateRules.Part part = r.pick(DateRules.Part.values());
        return new Phrase(part.word + " tháng " + target.getMonthValue(), DateRules.partOfMonth(target, part));
    }

    /** "tháng 3/2022", "tháng 3 năm 2022", "cuối tháng 7/2023". */
    static Phrase monthOfYear(Rng r, LocalDate dct, Tense t) {
        YearMonth now = YearMonth.from(dct);
        YearMonth target = switch (t) {
            case PAST -> now.minusMonths(r.nextInt(72));
            case FUTURE -> now.plusMonths(r.nextInt(18));
            case NEUTRAL -> now.plusMonths(r.between(-24, 24));
        };
        String my = r.chance(0.6) ? target.getMonthValue() + "/" + target.getYear()
                : target.getMonthValue() + " năm " + target.getYear();
        DateSpan span;
        String text;
        if (r.chance(0.25)) {
            DateRules.Part part = r.pick(DateRules.Part.values());
            span = DateRules.partOfMonth(target, part);
            text = part.word + " tháng " + my;
        } else {
            span = DateRules.month(target);
            text = "tháng " + my;
        }
        return fits(span, dct, t) ? new Phrase(text, span) : null;
    }

    // ---- quarter, season, year ----------------------------------------------------------------

    static Phrase quarter(Rng r, LocalDate dct, Tense t) {
        int current = DateRules.quarterOf(dct);
        int q = r.between(1, 4);
        int year = dct.getYear();
        String name = "quý " + DateRules.roman(q);
        switch (r.nextInt(5)) {
            case 0 -> {
                // A bare quarter only next to the DCT's (the previous one in the past, the next in the
                // future): a sentence may carry its tense in the verb alone, and then the nearest wins.
                if (t == Tense.NEUTRAL || (t == Tense.PAST ? q != current - 1 : q != current + 1)) {
                    return null;
                }
                DateSpan span = DateRules.quarterNear(dct, q, t == Tense.FUTURE);
                return span.equals(DateRules.quarter(year, q)) ? new Phrase(name, span) : null;
            }
            case 1 -> {
                DateSpan span = DateRules.quarter(year, q);
                return fits(span, dct, t) ? new Phrase(name + " năm nay", span) : null;
            }
            case 2 -> {
                return t == Tense.FUTURE ? null : new Phrase(name + " năm ngoái", DateRules.quarter(year - 1, q));
            }
            case 3 -> {
                return t == Tense.PAST ? null : new Phrase(name + " năm tới", DateRules.quarter(year + 1, q));
            }
            default -> {
                int y = year + switch (t) {
                    case PAST -> -r.nextInt(6);
                    case FUTURE -> r.nextInt(3);
                    case NEUTRAL -> r.between(-3, 3);
                };
                DateSpan span = DateRules.quarter(y, q);
                String text = name + (r.chance(0.6) ? "/" + y : " năm " + y);
                return fits(span, dct, t) ? new Phrase(text, span) : null;
            }
        }
    }

    static Phrase season(Rng r, LocalDate dct, Tense t) {
        DateRules.Season season = DateRules.Season.values()[r.nextInt(3)]; // no winter: it straddles two years
        int year = dct.getYear();
        String name = "mùa " + season.word;
        return switch (r.nextInt(4)) {
            case 0 -> {
                DateSpan span = DateRules.season(year, season);
                yield fits(span, dct, t) ? new Phrase(name + " năm nay", span) : null;
            }
            case 1 -> t == Tense.FUTURE ? null : new Phrase(name + " năm ngoái", DateRules.season(year - 1, season));
            case 2 -> t == Tense.PAST ? null : new Phrase(name + " năm tới", DateRules.season(year + 1, season));
            default -> {
                int y = year + (t == Tense.FUTURE ? r.nextInt(2) : -r.nextInt(6));
                DateSpan span = DateRules.season(y, season);
                yield fits(span, dct, t) ? new Phrase(name + " năm " + y, span) : null;
            }
        };
    }

    static Phrase year(Rng r, LocalDate dct, Tense t) {
        int year = dct.getYear();
        return switch (r.nextInt(4)) {
            case 0 -> {
                int y = year + switch (t) {
                    case PAST -> -r.nextInt(8);
                    case FUTURE -> r.nextInt(4);
                    case NEUTRAL -> r.between(-5, 5);
                };
                yield new Phrase("năm " + y, DateRules.year(y));
            }
            case 1 -> t == Tense.FUTURE ? null : new Phrase("năm ngoái", DateRules.year(year - 1));
            case 2 -> new Phrase("năm nay", DateRules.year(year));
            default -> t == Tense.PAST ? null : new Phrase("năm tới", DateRules.year(year + 1));
        };
    }

    /** A span fits a past sentence when it has begun by the DCT, a future one when it has not ended. */
    private static boolean fits(DateSpan span, LocalDate dct, Tense t) {
        return switch (t) {
            case PAST -> !span.start().isAfter(dct);
            case FUTURE -> span.end().isAfter(dct);
            case NEUTRAL -> true;
        };
    }
}
