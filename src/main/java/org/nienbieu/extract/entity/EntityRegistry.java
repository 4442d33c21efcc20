package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;

/**
 * The entities of a whole corpus: merges what each article names so that one real entity has one
 * id. The same id (same kind and canonical name) is one entity; a person known in one article only
 * by a surname ({@code person:barrot}) joins the one person of the corpus with that surname, in
 * whichever order the articles come, and stays apart while the surname is ambiguous. Thread-safe:
 * articles may be added from several threads.
 */
public final class EntityRegistry {

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    /**
     * Adds the entities of one article; returns, for each of its entity ids, the id the registry
     * now uses for it (the same id unless it was merged into another).
     */
    public synchronized Map<String, String> add(ArticleEntities article) {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (Entity e : article.entities()) {
            canonical.put(e.id(), put(e));
        }
        return canonical;
    }

    /** The id an entity id now resolves to (it may have been merged since it was returned). */
    public synchronized String canonicalId(String id) {
        String current = id;
        for (int hops = 0; aliases.containsKey(current) && hops < 16; hops++) {
            current = aliases.get(current);
        }
        return current;
    }

    public synchronized Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(canonicalId(id)));
    }

    /** Every distinct entity, in the order first seen. */
    public synchronized List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    private String put(Entity e) {
        String id = canonicalId(e.id());
        if (!entities.containsKey(id) && isSurnameOnly(e)) {
            Set<String> full = fullNamesBySurname.getOrDefault(Names.variantKey(e.canonicalName()), Set.of());
            if (full.size() == 1) {
                id = full.iterator().next();
                aliases.put(e.id(), id);
            }
        }
        Entity existing = entities.get(id);
        entities.put(id, existing == null ? e : merge(existing, e));
        if (existing == null && e.kind() == EntityKind.PERSON && !isSurnameOnly(e)) {
            String surname = Names.variantKey(Names.lastPart(e.canonicalName()));
            Set<String> full = fullNamesBySurname.computeIfAbsent(surname, k -> new LinkedHashSet<>());
            full.add(id);
            absorbSurnameOnly(surname, full);
        }
        return id;
    }

    /** A surname-only person seen before its full name joins it, while that is the only one. */
    private void absorbSurnameOnly(String surname, Set<String> full) {
        if (full.size() != 1) {
            return;
        }
        String target = full.iterator().next();
        for (String id : new ArrayList<>(entities.keySet())) {
            Entity e = entities.get(id);
            if (!id.equals(target) && isSurnameOnly(e) && Names.variantKey(e.canonicalName()).equals(surname)) {
                entities.remove(id);
                entities.put(target, merge(entities.get(target), e));
                aliases.put(id, target);
            }
        }
    }

    private static boolean isSurnameOnly(Entity e) {
        return e.kind() == EntityKind.PERSON && e.canonicalName().indexOf(' ') < 0;
    }

    private static Entity merge(Entity a, Entity b) {
        Set<String> forms = new LinkedHashSet<>(a.surfaceForms());
        forms.addAll(b.surfaceForms());
        Optional<String> country = a.country().isPresent() ? a.country() : b.country();
        return new Entity(a.id(), a.canonicalName(), a.kind(), country, new ArrayList<>(forms));
    }
}
