package org.nienbieu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @Test
    void foldsTheSliceAndGivesTheSameStringForTheSameWord() {
        Syllables syllables = new Syllables(s -> s.toLowerCase(Locale.ROOT));
        String text = "Thủ tướng Phạm Minh Chính gặp thủ tướng Nhật";
        String first = syllables.fold(text, 10, 14);
        assertThat(first).isEqualTo("phạm");
        assertThat(syllables.fold(text, 0, 3)).isEqualTo("thủ");
        assertThat(syllables.fold(text, 30, 33)).isEqualTo("thủ");
        assertThat(syllables.fold(text, 34, 39)).isEqualTo("tướng").isSameAs(syllables.fold(text, 4, 9));
        assertThat(syllables.fold("ông Phạm", 4, 8)).isSameAs(first);
    }

    @Test
    void keepsDifferentlyWrittenWordsApartEvenWhenTheyFoldAlike() {
        Syllables syllables = new Syllables(s -> s.toLowerCase(Locale.ROOT));
        assertThat(syllables.fold("Hà", 0, 2)).isEqualTo("hà");
        assertThat(syllables.fold("HÀ", 0, 2)).isEqualTo("hà");
        assertThat(syllables.fold("hà", 0, 2)).isEqualTo("hà");
    }

    @Test
    void foldsLongWordsWithoutKeepingThem() {
        Syllables syllables = new Syllables(s -> s.toLowerCase(Locale.ROOT));
        String code = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
        assertThat(syllables.fold(code, 0, code.length())).isEqualTo(code.toLowerCase(Locale.ROOT));
    }

    @Test
    void staysCorrectAfterTheTableFillsAndStartsAnew() {
        Syllables syllables = new Syllables(s -> s.toLowerCase(Locale.ROOT));
        for (int n = 0; n < 20_000; n++) {
            String word = "Từ" + n;
            assertThat(syllables.fold(word, 0, word.length())).isEqualTo("từ" + n);
        }
        assertThat(syllables.fold("Từ7", 0, 3)).isEqualTo("từ7");
    }
}
