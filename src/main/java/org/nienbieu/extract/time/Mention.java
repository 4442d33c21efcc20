package org.nienbieu.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

/**
 * What a time expression says, before it is placed on the calendar: the scanner reads the words
 * into one of these records, and {@link #resolve} places it against a {@link ResolutionContext}.
 * Keeping the two apart lets the same words resolve differently by tense and by what the
 * article mentioned before.
 */
sealed interface Mention {

    DateSpan resolve(ResolutionContext ctx);

    /** A day and month, with an explicit year, a year relative to the DCT, or none (inferred). */
    record DayMonth(int day, int month, Integer year, Integer yearShift, Tense forced) implements Mention {

        public DayMonth {
            MonthDay.of(month, day); // rejects 31/4 and 30/2 early
        }

        DayMonth withForced(Tense tense) {
            return new DayMonth(day, month, year, yearShift, tense);
        }

        boolean hasYear() {
            return year != null || yearShift != null;
        }

        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return DateSpan.day(date(ctx, 0));
        }

        /** The date; {@code weekday} (1-7, 0 for none) breaks a tie between candidate years. */
        LocalDate date(ResolutionContext ctx, int weekday) {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (yearShift != null) {
                return LocalDate.of(ctx.dct().getYear() + yearShift, month, day);
            }
            List<DateSpan> candidates = new ArrayList<>();
            List<DateSpan> agreeing = new ArrayList<>();
            for (int y = ctx.dct().getYear() - 1; y <= ctx.dct().getYear() + 1; y++) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    candidates.add(DateSpan.day(d));
                    if (weekday > 0 && d.getDayOfWeek().getValue() == weekday) {
                        agreeing.add(DateSpan.day(d));
                    }
                } catch (DateTimeException e) {
                    // 29/2 outside a leap year: not a candidate
                }
            }
            Tense tense = forced != null ? forced : ctx.tense();
            DateSpan chosen = CalendarMath.choose(ctx.dct(), tense, forced != null, candidates);
            if (agreeing.size() == 1 && CalendarMath.distance(agreeing.get(0), ctx.dct()) <= 366) {
                chosen = agreeing.get(0); // the weekday names the year: "thứ Sáu (17/10)"
            }
            return chosen.start();
        }

        /** The first such day on or after {@code from} (used for the end of a range). */
        LocalDate onOrAfter(LocalDate from) {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            for (int y = from.getYear(); y <= from.getYear() + 4; y++) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (!d.isBefore(from)) {
                        return d;
                    }
                } catch (DateTimeException e) {
                    // not in this year
                }
            }
            throw new DateTimeException("no " + day + "/" + month + " after " + from);
        }
    }

    /** {@code từ ngày 24 đến 26/10}, {@code 24/10-2/11}: a start (its month may be missing) and an end. */
    record DayRange(int startDay, Integer startMonth, Integer startYear, DayMonth end) implements Mention {

        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate last;
            LocalDate first;
            if (startYear != null) {
                first = LocalDate.of(startYear, startMonth, startDay);
                last = end.onOrAfter(first);
            } else if (startMonth == null) {
                last = end.date(ctx, 0);
                first = last.withDayOfMonth(startDay);
            } else if (end.hasYear()) {
                last = end.date(ctx, 0);
                first = LocalDate.of(last.getYear(), startMonth, startDay);
                if (first.isAfter(last)) {
                    first = first.minusYears(1);
                }
            } else {
                first = new DayMonth(startDay, startMonth, null, null, end.forced()).date(ctx, 0);
                last = end.onOrAfter(first);
            }
            if (last.isBefore(first)) {
                throw new DateTimeException("range ends before it starts");
            }
            return DateSpan.days(first, last);
        }
    }

    /**
     * {@code ngày 15}, {@code hôm 20}, {@code ngày 5 tháng tới}: a day of a month left implicit,
     * the month shifted from the DCT's or chosen by tense among the last, this and the next.
     */
    record DayOfMonth(int day, Integer monthShift, Tense forced) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            YearMonth base = YearMonth.from(ctx.dct());
            if (monthShift != null) {
                return DateSpan.day(base.plusMonths(monthShift).atDay(day));
            }
            List<DateSpan> candidates = new ArrayList<>();
            for (int k = -1; k <= 1; k++) {
                YearMonth ym = base.plusMonths(k);
                if (day <= ym.lengthOfMonth()) {
                    candidates.add(DateSpan.day(ym.atDay(day)));
                }
            }
            return CalendarMath.choose(ctx.dct(), forced != null ? forced : ctx.tense(), forced != null, candidates);
        }
    }

    /** {@code từ ngày 24/10 đến nay}: from a day up to the DCT. */
    record UntilNow(DayMonth start) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate first = start.withForced(Tense.BACKWARD).date(ctx, 0);
            if (first.isAfter(ctx.dct())) {
                throw new DateTimeException("starts after the DCT");
            }
            return DateSpan.days(first, ctx.dct());
        }
    }

    /** {@code ba ngày, kể từ ngày 24/10}, {@code một năm kể từ ngày 10/11}: a length from a first day. */
    record CountFrom(Unit unit, int count, DayMonth start) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate first = start.date(ctx, 0);
            LocalDate after = switch (unit) {
                case DAY -> first.plusDays(count);
                case WEEK -> first.plusWeeks(count);
                case MONTH -> first.plusMonths(count);
                case YEAR -> first.plusYears(count);
            };
            return DateSpan.days(first, after.minusDays(1));
        }
    }

    /**
     * {@code 10 tháng đầu năm}, {@code 5 ngày cuối tháng}: the first or last {@code count} months
     * of a year or days of a month (the year or month explicit, shifted from the DCT's, or the DCT's).
     */
    record PartOfPeriod(Unit unit, int count, boolean first, Integer year, Integer shift, Integer month)
            implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate dct = ctx.dct();
            if (unit == Unit.MONTH) {
                int y = year != null ? year : dct.getYear() + shift;
                if (count < 1 || count > 12) {
                    throw new java.time.DateTimeException("not a number of months in a year: " + count);
                }
                YearMonth from = first ? YearMonth.of(y, 1) : YearMonth.of(y, 13 - count);
                YearMonth to = first ? YearMonth.of(y, count) : YearMonth.of(y, 12);
                return DateSpan.of(from.atDay(1), to.atEndOfMonth(), Precision.MONTH);
            }
            YearMonth ym;
            if (month != null) {
                ym = year != null ? YearMonth.of(year, month) : YearMonth.from(CalendarMath.choose(dct, ctx.tense(), false,
                        List.of(CalendarMath.month(YearMonth.of(dct.getYear() - 1, month)),
                                CalendarMath.month(YearMonth.of(dct.getYear(), month)),
                                CalendarMath.month(YearMonth.of(dct.getYear() + 1, month)))).start());
            } else {
                ym = YearMonth.from(dct).plusMonths(shift == null ? 0 : shift);
            }
            if (count < 1 || count > ym.lengthOfMonth()) {
                throw new java.time.DateTimeException("not a number of days in a month: " + count);
            }
            return first ? DateSpan.days(ym.atDay(1), ym.atDay(count))
                    : DateSpan.days(ym.atEndOfMonth().minusDays(count - 1L), ym.atEndOfMonth());
        }
    }

    /** {@code hôm nay}, {@code hôm qua}, {@code ngày mai}: days from the DCT. */
    record Deictic(int offset) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return DateSpan.day(ctx.dct().plusDays(offset));
        }
    }

    /** {@code cùng ngày}, {@code hôm sau}: days from the date last mentioned. */
    record AnchorDay(int offset) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return DateSpan.day(offset < 0 ? ctx.anchorStart().plusDays(offset)
                    : offset == 0 ? ctx.sameDay() : ctx.anchorEnd().plusDays(offset));
        }
    }

    /** Units that can be counted in {@code hai ngày sau}, {@code ba tuần trước}, {@code cách đây 5 năm}. */
    enum Unit { DAY, WEEK, MONTH, YEAR }

    /**
     * A point {@code amount} units away: from the date last mentioned ({@code hai ngày sau},
     * {@code một tuần trước đó}) or from the DCT ({@code cách đây 3 ngày}, {@code 2 tuần nữa}).
     * Days and weeks give a day; months a month; years a year.
     */
    record Shifted(Unit unit, int amount, boolean fromAnchor) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate base = fromAnchor ? (amount < 0 ? ctx.anchorStart() : ctx.anchorEnd()) : ctx.dct();
            return switch (unit) {
                case DAY -> DateSpan.day(base.plusDays(amount));
                case WEEK -> DateSpan.day(base.plusWeeks(amount));
                case MONTH -> CalendarMath.month(YearMonth.from(base).plusMonths(amount));
                case YEAR -> CalendarMath.year(base.getYear() + amount);
            };
        }
    }

    /**
     * {@code ba ngày trước cuộc gặp}: a distance from an event the article already told, counted
     * from the date last mentioned, which is taken to be the event's; with no date mentioned
     * before, the event is undated and so is the expression (left out).
     */
    record FromEvent(Unit unit, int amount) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            if (ctx.anchor() == null) {
                throw new DateTimeException("no date of the event mentioned before");
            }
            return new Shifted(unit, amount, true).resolve(ctx);
        }
    }

    /**
     * A window that ends or starts at the DCT: {@code 3 ngày tới} (the next three days, today
     * excluded), {@code tuần qua} (the seven days up to and including the DCT).
     */
    record Window(Unit unit, int count, boolean future) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate dct = ctx.dct();
            if (future) {
                LocalDate last = switch (unit) {
                    case DAY -> dct.plusDays(count);
                    case WEEK -> dct.plusWeeks(count);
                    case MONTH -> dct.plusMonths(count);
                    case YEAR -> dct.plusYears(count);
                };
                return DateSpan.days(dct.plusDays(1), last);
            }
            LocalDate first = switch (unit) {
                case DAY -> dct.minusDays(count);
                case WEEK -> dct.minusWeeks(count);
                case MONTH -> dct.minusMonths(count);
                case YEAR -> dct.minusYears(count);
            };
            return DateSpan.days(first.plusDays(1), dct);
        }
    }

    /**
     * A weekday: in a given week ({@code thứ Hai tuần tới}; {@code weekShift} from the DCT's week),
     * or the next / last one ({@code thứ Sáu tới}, {@code thứ Sáu vừa qua}; {@code forced}), or
     * by the tense of the clause: forward on or after the DCT, otherwise on or before it.
     * {@code own} is the direction of the expression's own words, which overrides the clause's
     * ({@code hôm thứ Sáu}: past, on or before the DCT); {@code lean} the direction a preposition
     * suggests ({@code đến Chủ nhật}: until Sunday) when the clause has no tense.
     */
    record Weekday(int dayOfWeek, Integer weekShift, Tense forced, Tense own, Tense lean) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate dct = ctx.dct();
            if (weekShift != null) {
                return DateSpan.day(CalendarMath.monday(dct).plusWeeks(weekShift).plusDays(dayOfWeek - 1L));
            }
            int today = dct.getDayOfWeek().getValue();
            if (forced == Tense.FORWARD) {
                int ahead = (dayOfWeek - today + 7) % 7;
                return DateSpan.day(dct.plusDays(ahead == 0 ? 7 : ahead));
            }
            if (forced == Tense.BACKWARD) {
                int back = (today - dayOfWeek + 7) % 7;
                return DateSpan.day(dct.minusDays(back == 0 ? 7 : back));
            }
            Tense tense = own != null ? own : ctx.tense() == Tense.NONE && lean != null ? lean : ctx.tense();
            if (tense == Tense.FORWARD) {
                return DateSpan.day(dct.plusDays((dayOfWeek - today + 7) % 7));
            }
            return DateSpan.day(dct.minusDays((today - dayOfWeek + 7) % 7));
        }
    }

    /**
     * An expression restated by a date, {@code thứ Sáu (ngày 17/10)}, {@code Hai ngày sau (ngày
     * 16/10)}, {@code hôm nay 1/12}: the date wins; a weekday only helps choose its year.
     */
    record Restated(Mention primary, Mention date) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            if (primary instanceof Weekday w && date instanceof DayMonth dm) {
                return DateSpan.day(dm.date(ctx, w.dayOfWeek()));
            }
            return date.resolve(ctx);
        }
    }

    /** A Monday-Sunday week {@code shift} weeks from the DCT's (or the last mentioned date's). */
    record Week(int shift, boolean fromAnchor) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return CalendarMath.week(ctx.base(fromAnchor).plusWeeks(shift));
        }
    }

    /** {@code cuối tuần này}, {@code đầu tuần tới}; with no shift, chosen by tense. */
    record WeekPart(Part part, Integer shift, boolean fromAnchor) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            LocalDate base = ctx.base(fromAnchor);
            if (shift != null) {
                return CalendarMath.weekPart(base.plusWeeks(shift), part);
            }
            List<DateSpan> candidates = List.of(CalendarMath.weekPart(base.minusWeeks(1), part),
                    CalendarMath.weekPart(base, part), CalendarMath.weekPart(base.plusWeeks(1), part));
            return CalendarMath.choose(ctx.dct(), ctx.tense(), false, candidates);
        }
    }

    /**
     * A month, or a part of one: by number with an explicit, relative or inferred year
     * ({@code tháng 3/2022}, {@code cuối tháng 7}, {@code tháng 9 năm ngoái}), or by a shift
     * ({@code tháng trước}, {@code đầu tháng này}), or bare ({@code cuối tháng}: by tense).
     */
    record MonthRef(Integer month, Integer year, Integer yearShift, Integer monthShift, boolean fromAnchor,
                    Part part, Tense forced) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            YearMonth dctMonth = YearMonth.from(ctx.dct());
            if (monthShift != null) {
                return span(YearMonth.from(ctx.base(fromAnchor)).plusMonths(monthShift));
            }
            if (month == null) { // "cuối tháng": this month, or by tense
                if (forced == null && ctx.tense() == Tense.NONE) {
                    return span(dctMonth);
                }
                return CalendarMath.choose(ctx.dct(), forced != null ? forced : ctx.tense(), forced != null,
                        List.of(span(dctMonth.minusMonths(1)), span(dctMonth), span(dctMonth.plusMonths(1))));
            }
            if (year != null) {
                return span(YearMonth.of(year, month));
            }
            if (yearShift != null) {
                return span(YearMonth.of(ctx.base(fromAnchor).getYear() + yearShift, month));
            }
            int y = ctx.dct().getYear();
            return CalendarMath.choose(ctx.dct(), forced != null ? forced : ctx.tense(), forced != null,
                    List.of(span(YearMonth.of(y - 1, month)), span(YearMonth.of(y, month)),
                            span(YearMonth.of(y + 1, month))));
        }

        private DateSpan span(YearMonth ym) {
            return part == null ? CalendarMath.month(ym) : CalendarMath.monthPart(ym, part);
        }
    }

    /** {@code quý III}, {@code quý I/2025}, {@code quý tới}. */
    record QuarterRef(Integer quarter, Integer year, Integer yearShift, Integer quarterShift) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            int y = ctx.dct().getYear();
            if (quarterShift != null) {
                int index = y * 4 + (ctx.dct().getMonthValue() - 1) / 3 + quarterShift;
                return CalendarMath.quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
            }
            if (year != null) {
                return CalendarMath.quarter(year, quarter);
            }
            if (yearShift != null) {
                return CalendarMath.quarter(y + yearShift, quarter);
            }
            DateSpan thisYear = CalendarMath.quarter(y, quarter);
            if (ctx.tense() == Tense.NONE && !thisYear.start().isAfter(ctx.dct())) {
                // a bare quarter with no tense, like a bare part of the year, is the DCT's year's
                // once it has begun: "phiên thứ tư, tổ chức trong quý II" written in December
                return thisYear;
            }
            return CalendarMath.choose(ctx.dct(), ctx.tense(), false, List.of(CalendarMath.quarter(y - 1, quarter),
                    thisYear, CalendarMath.quarter(y + 1, quarter)));
        }
    }

    /** {@code mùa hè năm nay}, {@code mùa đông 2024}, {@code mùa thu}: by year or by tense. */
    record SeasonRef(int firstMonth, Integer year, Integer yearShift, Tense forced) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            int y = ctx.dct().getYear();
            if (year != null) {
                return CalendarMath.season(year, firstMonth);
            }
            if (yearShift != null) {
                return CalendarMath.season(y + yearShift, firstMonth);
            }
            List<DateSpan> candidates = new ArrayList<>();
            for (int k = y - 1; k <= y + 1; k++) {
                candidates.add(CalendarMath.season(k, firstMonth));
            }
            return CalendarMath.choose(ctx.dct(), forced != null ? forced : ctx.tense(), forced != null, candidates);
        }
    }

    /** {@code năm 2024}, {@code năm ngoái}, {@code cuối năm nay}, {@code năm sau đó}. */
    record YearRef(Integer year, Integer shift, boolean fromAnchor, Part part) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            if (year == null && shift == null) { // "cuối năm", "nửa đầu năm": this year, or by tense
                int y = ctx.dct().getYear();
                if (ctx.tense() == Tense.NONE) {
                    return CalendarMath.yearPart(y, part);
                }
                return CalendarMath.choose(ctx.dct(), ctx.tense(), false, List.of(CalendarMath.yearPart(y - 1, part),
                        CalendarMath.yearPart(y, part), CalendarMath.yearPart(y + 1, part)));
            }
            int y = year != null ? year : ctx.base(fromAnchor).getYear() + shift;
            return part == null ? CalendarMath.year(y) : CalendarMath.yearPart(y, part);
        }
    }

    /** {@code giai đoạn 2021-2025}: whole years. */
    record YearRange(int first, int last) implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return DateSpan.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Precision.YEAR);
        }
    }

    /** A time expression that cannot be placed: {@code vài ngày tới}, {@code những năm gần đây}. */
    record Undated() implements Mention {
        @Override
        public DateSpan resolve(ResolutionContext ctx) {
            return DateSpan.undated();
        }
    }
}
