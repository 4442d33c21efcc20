package org.nienbieu.extract.time;

/**
 * One token of a sentence in the analysis view: a word, a number run ({@code 17/10},
 * {@code 24-26/10}, {@code 2,5}) or a single punctuation char, with its char range. {@code lower}
 * is the lower-cased text (same length); {@code glued} marks a number stuck to letters
 * ({@code Covid-19}, {@code F-16}, {@code G7}, {@code 10h30}, {@code 15/2020/NĐ-CP}, {@code 50%}),
 * which is never a date.
 */
record Token(int start, int end, Kind kind, String lower, boolean capitalized, boolean glued) {

    enum Kind { WORD, NUM, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNum() {
        return kind == Kind.NUM;
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && lower.charAt(0) == c;
    }
}
