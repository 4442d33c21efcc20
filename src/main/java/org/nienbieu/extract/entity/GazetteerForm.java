package org.nienbieu.extract.entity;

import java.util.List;

/**
 * One written form of a gazetteer entity: its syllables as written (capitals matter: a capitalised
 * syllable must be capitalised in the text, an acronym in capitals too) and whether it is also a
 * common word or given name ({@code ~Anh}) that only counts standing alone mid-sentence.
 */
record GazetteerForm(GazetteerEntity entity, List<String> syllables, boolean ambiguous) {

    /** True when tokens {@code [from, from + size)} are written the way this form demands. */
    boolean casingMatches(Tokens tokens, int from) {
        for (int k = 0; k < syllables.size(); k++) {
            String s = syllables.get(k);
            char first = s.charAt(0);
            if (Character.isUpperCase(first) && !tokens.isCapitalised(from + k)) {
                return false;
            }
            if (s.length() >= 2 && s.equals(s.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(s.charAt(1))
                    && !tokens.isAllCaps(from + k)) {
                return false;
            }
        }
        return true;
    }
}
