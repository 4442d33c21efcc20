package org.nienbieu.extract.time;

import java.util.Set;

/** Event noun phrases around a time expression, which say what it is counted from or where it lies. */
final class EventPhrases {

    /** Heads of a short event noun phrase that refers back to an event already dated ("trước cuộc gặp,"). */
    private static final Set<String> EVENT_HEADS = Tokens.wordSet(
            "cuộc", "chuyến", "hội", "lễ", "buổi", "phiên", "vòng", "đợt", "kỳ", "sự");

    private static final Set<String> DEMONSTRATIVES = Tokens.wordSet("này", "đó", "ấy");

    private EventPhrases() {
    }

    /**
     * A short event noun phrase at {@code i} closed by a clause break or a demonstrative
     * ({@code cuộc gặp,}, {@code chuyến thăm này}): an event the article has already told and
     * dated. A longer or qualified one ({@code cuộc bầu cử quốc hội vào giữa tháng 11}) may be a
     * new event, and is left alone.
     */
    static boolean anaphor(Tokens tk, int i) {
        if (!tk.wordIn(i, EVENT_HEADS) || tk.capitalized(i)) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (k >= tk.size() || tk.punct(k, ',') || tk.punct(k, '.') || tk.punct(k, ';') || tk.punct(k, ':')) {
                return k > i + 1;
            }
            if (tk.wordIn(k, DEMONSTRATIVES)) {
                return true;
            }
            if (!tk.get(k).isWord() || tk.capitalized(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The expression at {@code i} dates an event that something happens before: {@code trước cuộc
     * bầu cử quốc hội vào giữa tháng 11} ("ahead of the election in mid-November"), which is
     * still to come unless the clause says otherwise.
     */
    static boolean datesAnEventAhead(Tokens tk, int i) {
        if (!tk.word(i - 1, "vào")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 9) && tk.get(k).isWord(); k--) {
            if (tk.word(k, "trước") && tk.wordIn(k + 1, EVENT_HEADS)) {
                return true;
            }
        }
        return false;
    }
}
