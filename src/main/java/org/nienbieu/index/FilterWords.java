package org.nienbieu.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a user may filter event types and statuses by: the stored English labels, and the
 * Vietnamese names the window shows with their everyday synonyms, typed with or without diacritics,
 * spaces or hyphens ({@code type:"điện đàm"}, {@code type:dien-dam}, {@code status:hoan} all work).
 */
final class FilterWords {

    private static final Map<String, String> TYPES = words(new String[][] {
            {"meeting", "gặp gỡ", "gặp", "cuộc gặp", "hội đàm", "hội nghị", "họp", "thăm", "chuyến thăm", "đàm phán"},
            {"call", "điện đàm", "điện thoại", "gọi điện", "cuộc gọi"},
            {"proposal", "đề xuất", "đề nghị", "kế hoạch", "sáng kiến", "lời mời"},
            {"agreement", "thỏa thuận", "hiệp định", "hiệp ước", "ký kết"},
            {"sanction", "trừng phạt", "cấm vận", "trục xuất"},
            {"statement", "tuyên bố", "thông cáo", "phát biểu"},
    });
    private static final Map<String, String> STATUSES = words(new String[][] {
            {"occurred", "đã diễn ra", "diễn ra", "đã xảy ra"},
            {"planned", "dự kiến", "sắp", "sẽ"},
            {"cancelled", "canceled", "bị hủy", "hủy"},
            {"postponed", "bị hoãn", "hoãn", "trì hoãn"},
            {"rejected", "bị bác bỏ", "bác bỏ", "từ chối"},
    });

    private FilterWords() {
    }

    /** The type label {@code word} names, if it names one. */
    static Optional<String> type(String word) {
        return Optional.ofNullable(TYPES.get(key(word)));
    }

    /** The status label {@code word} names, if it names one. */
    static Optional<String> status(String word) {
        return Optional.ofNullable(STATUSES.get(key(word)));
    }

    private static Map<String, String> words(String[][] rows) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : rows) {
            for (String w : row) {
                out.put(key(w), row[0]);
            }
        }
        return out;
    }

    /** Folded, lower case, without spaces, hyphens or underscores: how a word is looked up. */
    private static String key(String word) {
        String folded = VietnameseFoldingFilter.fold(java.text.Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC));
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' && c != '-' && c != '_') {
                sb.append(c == 'đ' ? 'd' : c);
            }
        }
        return sb.toString();
    }
}
