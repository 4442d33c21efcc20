package org.nienbieu.extract.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.EventType;

/**
 * Stable event ids: a SHA-256 of the type, the date and the sorted actor ids (with the plan's
 * object and the places when there are no actors), so that the same corpus gives the same ids
 * on every run, whatever the order the articles were read in.
 */
final class EventIds {

    /** A digest per thread: looking one up by name costs more than hashing a short key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private EventIds() {
    }

    static String of(EventType type, DateSpan date, Collection<String> actorIds, String objectKey,
                     Collection<String> places) {
        List<String> ids = new ArrayList<>(actorIds);
        ids.sort(null);
        StringBuilder key = new StringBuilder(type.label()).append('|').append(date).append('|')
                .append(String.join(",", ids));
        if (objectKey != null) {
            key.append("|obj:").append(objectKey);
        }
        if (ids.isEmpty()) {
            List<String> ps = new ArrayList<>(places);
            ps.sort(null);
            key.append("|at:").append(String.join(",", ps));
        }
        byte[] hash = SHA256.get().digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return "ev-" + HEX.formatHex(hash, 0, 6);
    }
}
