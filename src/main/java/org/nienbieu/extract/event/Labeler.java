package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.model.Actor;
import org.nienbieu.model.EventType;

/**
 * Writes an event's short Vietnamese title from its strongest trigger's label head, its actors'
 * short names (a person by the last word of the name, as Vietnamese and Western news both call
 * them: {@code Trump}, {@code Putin}, {@code Trọng}) and its first place: {@code Điện đàm Trump –
 * Putin}, {@code Gặp Witkoff – Putin tại Moscow}, {@code Đề xuất kế hoạch hòa bình 28 điểm}.
 */
final class Labeler {

    private static final int MAX_NAMES = 3;

    String label(EventType type, String head, List<Actor> actors, List<Boolean> persons, List<String> places,
                 String objectKey, boolean peace, boolean visit) {
        String names = names(actors, persons);
        String place = places.isEmpty() ? "" : places.get(0);
        StringBuilder b = new StringBuilder();
        switch (type) {
            case PROPOSAL -> {
                if (objectKey != null) {
                    b.append(peace ? "Đề xuất kế hoạch hòa bình " : "Đề xuất kế hoạch ").append(objectKey);
                } else {
                    b.append(head == null || head.isBlank() ? "Đề xuất" : head);
                    append(b, names);
                }
            }
            case MEETING -> {
                if (visit && !place.isEmpty() && !names.isEmpty() && !names.contains(" – ")) {
                    b.append(names).append(" thăm ").append(place);
                    return b.toString();
                }
                b.append("Thăm".equals(head) ? "Gặp" : head);
                append(b, names);
                if (!place.isEmpty()) {
                    b.append(" tại ").append(place);
                }
            }
            case CALL -> {
                b.append("Điện đàm");
                append(b, names);
            }
            default -> {
                b.append(head);
                append(b, names);
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String names) {
        if (!names.isEmpty()) {
            b.append(' ').append(names);
        }
    }

    private static String names(List<Actor> actors, List<Boolean> persons) {
        List<String> out = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < actors.size() && out.size() < MAX_NAMES; i++) {
                if (persons.get(i) == (pass == 0)) {
                    out.add(pass == 0 ? lastWord(actors.get(i).name()) : actors.get(i).name());
                }
            }
        }
        return String.join(" – ", out);
    }

    private static String lastWord(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
