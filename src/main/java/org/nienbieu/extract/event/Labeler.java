package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.model.Actor;
import org.nienbieu.model.EventType;

/**
 * Writes an event's short Vietnamese title from its strongest trigger's label head, its actors'
 * short names (a person by the last word of the name, as news calls them: {@code Trump},
 * {@code Putin}, {@code Chính}; by the family name first for the countries in
 * {@code family-name-first.txt}: {@code Tập}, {@code Kim}) and its first place: {@code Điện đàm Trump –
 * Putin}, {@code Gặp Witkoff – Putin tại Moscow}, {@code Đề xuất kế hoạch hòa bình 28 điểm}.
 */
final class Labeler {

    private static final int MAX_NAMES = 3;
    private static final java.util.Set<String> FAMILY_NAME_FIRST = loadFamilyNameFirst();

    private static java.util.Set<String> loadFamilyNameFirst() {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (java.io.InputStream in = Labeler.class.getResourceAsStream("family-name-first.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing family-name-first.txt");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** How the news calls a person: the family name first for East Asian names, else the last word. */
    static String shortName(String name, java.util.Optional<String> country) {
        String trimmed = name.trim();
        if (country.isPresent() && FAMILY_NAME_FIRST.contains(country.get())) {
            int space = trimmed.indexOf(' ');
            return space < 0 ? trimmed : trimmed.substring(0, space);
        }
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    /** {@code shortNames}: per actor, its short name when a person, else null. */
    String label(EventType type, String head, List<Actor> actors, List<String> shortNames, List<String> places,
                 String objectKey, boolean peace, boolean visit) {
        String names = names(actors, shortNames);
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
                if (objectKey != null && type == EventType.SANCTION) {
                    b.append(' ').append(objectKey); // "Trừng phạt thứ 14 EU – Nga"
                }
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

    private static String names(List<Actor> actors, List<String> shortNames) {
        List<String> out = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < actors.size() && out.size() < MAX_NAMES; i++) {
                boolean person = shortNames.get(i) != null;
                if (person == (pass == 0)) {
                    out.add(person ? shortNames.get(i) : actors.get(i).name());
                }
            }
        }
        return String.join(" – ", out);
    }
}
