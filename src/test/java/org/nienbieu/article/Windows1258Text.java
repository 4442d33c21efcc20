package org.nienbieu.article;

import java.text.Normalizer;

/** Test text in the shape Windows-1258 stores Vietnamese: base letters (â, ơ, đ...) then a combining tone mark. */
public final class Windows1258Text {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Windows1258Text() {
    }

    public static String toneMarksApart(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char m : d.toCharArray()) {
                if (TONES.indexOf(m) >= 0) {
                    tone = String.valueOf(m);
                } else {
                    base.append(m);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }
}
