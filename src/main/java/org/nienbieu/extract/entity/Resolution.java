package org.nienbieu.extract.entity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nienbieu.model.EntityKind;

/**
 * Settles the entity of every draft of one article. Gazetteer names keep their entity; an unknown
 * full name joins a known person or an earlier full name with the same spelling key; a lone
 * surname (or a Vietnamese given name, or an East Asian family name) joins the only person of the
 * article it can belong to; a title-only reference joins the person given that title with that
 * affiliation in the article, else the gazetteer's holder of the role in the article's year.
 */
final class Resolution {

    /** Canonical name, kind and country of an entity named in the article. */
    record Info(String canonical, EntityKind kind, String country) {
    }

    /** Countries whose people are written family name first, so a lone name is the first part. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("Trung Quốc", "Đài Loan", "Triều Tiên", "Hàn Quốc");

    private final Gazetteer gaz;
    private final int year;
    private final Map<String, Info> infos = new LinkedHashMap<>();
    private final Map<String, Set<String>> bySurname = new HashMap<>();
    private final Map<String, String> unknownPersons = new LinkedHashMap<>();

    Resolution(Gazetteer gaz, int year) {
        this.gaz = gaz;
        this.year = year;
    }

    Info info(String id) {
        return infos.get(id);
    }

    /** Names of the article's people the gazetteer does not know, full and short, to their ids. */
    Map<String, String> personNames() {
        return unknownPersons;
    }

    void resolve(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == Draft.Type.KNOWN) {
                assign(d, d.known);
            } else if (d.type == Draft.Type.NAME) {
                GazetteerEntity g = gaz.personByVariant(d.name);
                if (g != null) {
                    assign(d, g);
                }
            }
        }
        Map<String, String> byVariant = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type == Draft.Type.NAME && d.entityId == null && d.name.indexOf(' ') > 0) {
                String id = byVariant.computeIfAbsent(Names.variantKey(d.name),
                        k -> EntityKind.PERSON.prefix() + ":" + Names.slug(d.name));
                assignNew(d, id, d.name, EntityKind.PERSON, d.country);
            }
        }
        for (Map.Entry<String, Info> e : infos.entrySet()) {
            if (e.getValue().kind() == EntityKind.PERSON) {
                indexSurname(e.getKey(), e.getValue());
            }
        }
        for (Draft d : drafts) {
            if (d.type == Draft.Type.NAME && d.entityId == null) {
                resolveShortName(d);
            }
        }
        resolveRoleOnly(drafts);
        for (Draft d : drafts) {
            if (d.type == Draft.Type.PLACE_NAME) {
                assignNew(d, EntityKind.PLACE.prefix() + ":" + Names.slug(d.name), d.name, EntityKind.PLACE, null);
            } else if (d.type == Draft.Type.MEDIA_NAME) {
                GazetteerEntity g = gaz.byForm(d.name);
                if (g != null && g.kind() == EntityKind.MEDIA) {
                    assign(d, g);
                } else {
                    assignNew(d, EntityKind.MEDIA.prefix() + ":" + Names.slug(d.name), d.name, EntityKind.MEDIA, d.country);
                }
            }
        }
        for (Map.Entry<String, Info> e : infos.entrySet()) {
            Info info = e.getValue();
            if (info.kind() == EntityKind.PERSON && gaz.personByVariant(info.canonical()) == null) {
                unknownPersons.putIfAbsent(info.canonical(), e.getKey());
                String shortName = shortName(info);
                if (shortName != null && shortName.length() >= 3 && !Names.looksVietnamese(shortName)
                        && bySurname.getOrDefault(Names.variantKey(shortName), Set.of()).size() == 1) {
                    unknownPersons.putIfAbsent(shortName, e.getKey());
                }
            }
        }
    }

    private void resolveShortName(Draft d) {
        Set<String> candidates = bySurname.getOrDefault(Names.variantKey(d.name), Set.of());
        if (candidates.size() == 1) {
            String id = candidates.iterator().next();
            d.entityId = id;
            fillCountry(id, d.country);
            return;
        }
        assignNew(d, EntityKind.PERSON.prefix() + ":" + Names.slug(d.name), d.name, EntityKind.PERSON, d.country);
    }

    private void resolveRoleOnly(List<Draft> drafts) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (Draft d : drafts) {
            if (d.isPerson() && d.entityId != null && d.title != null) {
                if (d.affiliationId != null) {
                    holders.computeIfAbsent(Gazetteer.roleKey(d.title, d.affiliationId), k -> new LinkedHashSet<>())
                            .add(d.entityId);
                }
                String country = infos.get(d.entityId).country();
                GazetteerEntity c = country == null ? null : gaz.country(country);
                if (c != null) {
                    holders.computeIfAbsent(Gazetteer.roleKey(d.title, c.id()), k -> new LinkedHashSet<>())
                            .add(d.entityId);
                }
            }
        }
        for (Draft d : drafts) {
            if (d.type != Draft.Type.ROLE_ONLY) {
                continue;
            }
            Set<String> local = holders.getOrDefault(Gazetteer.roleKey(d.title, d.affiliationId), Set.of());
            if (local.size() == 1) {
                d.entityId = local.iterator().next();
                continue;
            }
            List<GazetteerEntity> known = gaz.roleHolders(d.title, d.affiliationId, year);
            if (local.isEmpty() && known.size() == 1) {
                assign(d, known.get(0));
            }
        }
    }

    private void assign(Draft d, GazetteerEntity g) {
        d.entityId = g.id();
        infos.putIfAbsent(g.id(), new Info(g.canonicalName(), g.kind(), g.country().orElse(null)));
    }

    private void assignNew(Draft d, String id, String canonical, EntityKind kind, String country) {
        d.entityId = id;
        infos.putIfAbsent(id, new Info(canonical, kind, country));
        fillCountry(id, country);
    }

    private void fillCountry(String id, String country) {
        Info info = infos.get(id);
        if (info != null && info.country() == null && country != null) {
            infos.put(id, new Info(info.canonical(), info.kind(), country));
        }
    }

    private void indexSurname(String id, Info info) {
        String s = shortName(info);
        if (s != null) {
            bySurname.computeIfAbsent(Names.variantKey(s), k -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The part of a full name used alone: family name, or the given name for a Vietnamese. */
    private static String shortName(Info info) {
        String name = info.canonical();
        int space = name.indexOf(' ');
        if (space < 0) {
            return null;
        }
        if (info.country() != null && FAMILY_NAME_FIRST.contains(info.country())) {
            return name.substring(0, space);
        }
        return Names.lastPart(name);
    }
}
