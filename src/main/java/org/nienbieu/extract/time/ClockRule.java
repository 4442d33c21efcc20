package org.nienbieu.extract.time;

import java.util.Set;

/**
 * A clock time before a day ({@code 9 giờ sáng 14/10}, {@code 15 giờ 30 chiều 14/10},
 * {@code 5 giờ 40 rạng sáng nay}, {@code 10h cùng ngày}): it belongs to the expression, which keeps
 * the day. A clock alone heading a sentence ({@code 16h20: ...}, the entries of a live blog) is a
 * time of the publication day. A clock alone anywhere else ({@code kéo dài 3 giờ}) is no date.
 */
final class ClockRule {

    /** Words before {@code N giờ} that make it a length of time: "kéo dài hơn 5 giờ", "mất gần 2 giờ". */
    private static final Set<String> DURATION_WORDS = Tokens.wordSet(
            "hơn", "gần", "ngót", "chừng", "suốt", "mất", "trong", "dài", "tròn", "vòng", "hàng", "nhiều");

    private final Tokens tk;

    ClockRule(Tokens tk) {
        this.tk = tk;
    }

    /** The token after a clock time starting at {@code i} ({@code 16h20}, {@code 16h}, {@code 9 giờ 30 phút}), or -1. */
    int end(int i) {
        int hour = hour(i);
        if (hour < 0 || tk.wordIn(i - 1, DURATION_WORDS)
                || tk.word(i - 1, "khoảng") && tk.wordIn(i - 2, DURATION_WORDS)) {
            return -1; // "kéo dài hơn 5 giờ trưa 25/5" is how long, not when
        }
        if (tk.get(i).glued() && tk.word(i + 1, "h")) {
            int k = i + 2;
            if (k < tk.size() && tk.get(k).isNum() && minute(tk.get(k).lower()) >= 0
                    && !(k + 1 < tk.size() && tk.get(k + 1).isWord() && tk.get(k + 1).start() == tk.get(k).end())) {
                k++; // "16h20", not "16h20x"
            }
            return k;
        }
        if (!tk.get(i).glued() && tk.word(i + 1, "giờ")) {
            int k = i + 2;
            if (k < tk.size() && tk.get(k).isNum() && !tk.get(k).glued() && minute(tk.get(k).lower()) >= 0) {
                k = tk.word(k + 1, "phút") ? k + 2 : k + 1;
            } else if (tk.word(k, "rưỡi") || tk.word(k, "đúng")) {
                k++;
            }
            return k;
        }
        return -1;
    }

    /** {@code 16h20:} opening a sentence, with nothing else to tell its day. */
    boolean heading(int i, int end) {
        return i == 0 && tk.get(i).glued() && tk.punct(end, ':');
    }

    private int hour(int i) {
        if (i < 0 || i >= tk.size() || !tk.get(i).isNum()) {
            return -1;
        }
        String s = tk.get(i).lower();
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int h = Integer.parseInt(s);
        return h <= 24 ? h : -1;
    }

    private static int minute(String s) {
        if (s.length() != 2 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int m = Integer.parseInt(s);
        return m < 60 ? m : -1;
    }
}
