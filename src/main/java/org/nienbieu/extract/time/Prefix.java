package org.nienbieu.extract.time;

import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * A word before a date that is part of the expression: a time of day ({@code chiều 2/12}, also
 * with {@code ngày}/{@code hôm} after it), {@code hôm}, or {@code ngày} / {@code mùng}; {@code end}
 * is where the date itself starts.
 */
record Prefix(int timeOfDayEnd, int end, Kind kind) {

    enum Kind { NONE, TIME_OF_DAY, HOM, NGAY }

    static Prefix read(Tokens tk, TimeVocabulary v, int i) {
        Prefix known = tk.prefix(i);
        if (known == null) {
            known = readAt(tk, v, i);
            tk.rememberPrefix(i, known);
        }
        return known;
    }

    private static Prefix readAt(Tokens tk, TimeVocabulary v, int i) {
        Hit<Boolean> tod = v.timesOfDay.longest(tk, i);
        if (tod != null) {
            int j = tod.end();
            return new Prefix(j, tk.word(j, "ngày") || tk.word(j, "hôm") ? j + 1 : j, Kind.TIME_OF_DAY);
        }
        if (tk.word(i, "hôm")) {
            return new Prefix(i, i + 1, Kind.HOM);
        }
        if (tk.word(i, "ngày")) {
            return new Prefix(i, tk.word(i + 1, "mùng") || tk.word(i + 1, "mồng") ? i + 2 : i + 1, Kind.NGAY);
        }
        if (tk.word(i, "mùng") || tk.word(i, "mồng")) {
            return new Prefix(i, i + 1, Kind.NGAY);
        }
        return new Prefix(i, i, Kind.NONE);
    }
}
