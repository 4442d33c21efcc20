package org.nienbieu.model;

/**
 * What a named entity is. {@link #GOVERNMENT} is a body standing for a state's government, often
 * by metonymy ({@code Nhà Trắng}, {@code Điện Kremlin}, a capital used as the actor), kept apart
 * from {@link #ORGANISATION} so that events can attribute acts to a country.
 */
public enum EntityKind {
    PERSON, ORGANISATION, GOVERNMENT, COUNTRY, PLACE, MEDIA;

    /** The lower-case prefix of ids of this kind ({@code person}, {@code government}...). */
    public String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
