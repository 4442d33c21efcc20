package org.nienbieu.extract.entity;

/**
 * A mention found by the scan, before its entity is settled: where it is (char offsets of the
 * normalised text), what the scan saw (a gazetteer entity, an unknown name, a title-only
 * reference) and the context it carries (role span, the affiliation's country).
 */
final class Draft {

    enum Type { KNOWN, NAME, ROLE_ONLY, MEDIA_NAME, PLACE_NAME }

    final Type type;
    final int start;
    final int end;
    GazetteerEntity known;
    String name;
    String country;
    int roleStart = -1;
    int roleEnd = -1;
    String title;
    String affiliationId;
    String entityId;

    Draft(Type type, int start, int end) {
        this.type = type;
        this.start = start;
        this.end = end;
    }

    static Draft known(GazetteerEntity entity, int start, int end) {
        Draft d = new Draft(Type.KNOWN, start, end);
        d.known = entity;
        return d;
    }

    static Draft name(Type type, String name, int start, int end) {
        Draft d = new Draft(type, start, end);
        d.name = name;
        return d;
    }

    Draft withRole(int from, int to, String titleText, String affiliation) {
        roleStart = from;
        roleEnd = to;
        title = titleText;
        affiliationId = affiliation;
        return this;
    }

    boolean isPerson() {
        return type == Type.NAME || type == Type.KNOWN && known.kind() == org.nienbieu.model.EntityKind.PERSON;
    }
}
