package org.nienbieu.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.timeline.LaneMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs, in {@code settings.properties} in the user's data
 * folder (through the {@link java.util.prefs.Preferences} API, see {@link SettingsFile}): the corpus, the language, the window's bounds, the visible range, the
 * lane mode and the search with its filters. Values that no longer parse are ignored rather than
 * failing the start; tests pass their own node.
 */
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);

    /** Window position and size. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences prefs;

    public UiSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings. */
    public static UiSettings user() {
        return new UiSettings(new SettingsFile(org.nienbieu.ingest.IndexFolders.dataFolder().resolve("settings.properties")));
    }

    public Optional<Path> corpus() {
        return Optional.ofNullable(prefs.get("corpus", null)).map(Path::of);
    }

    public void corpus(Path dir) {
        prefs.put("corpus", dir.toAbsolutePath().normalize().toString());
    }

    public Optional<Locale> language() {
        return Optional.ofNullable(prefs.get("language", null)).map(UiText::language);
    }

    public void language(Locale locale) {
        prefs.put("language", locale.getLanguage());
    }

    public Optional<Bounds> bounds() {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(prefs.getDouble("window.x", Double.NaN), prefs.getDouble("window.y", Double.NaN),
                w, h, prefs.getBoolean("window.maximized", false)));
    }

    public void bounds(Bounds b) {
        prefs.putDouble("window.x", b.x());
        prefs.putDouble("window.y", b.y());
        prefs.putDouble("window.width", b.width());
        prefs.putDouble("window.height", b.height());
        prefs.putBoolean("window.maximized", b.maximized());
    }

    /** The visible range (epoch seconds) last shown for {@code corpus}. */
    public Optional<double[]> range(Path corpus) {
        if (!sameCorpus(corpus)) {
            return Optional.empty();
        }
        double s = prefs.getDouble("view.start", Double.NaN);
        double e = prefs.getDouble("view.end", Double.NaN);
        return Double.isNaN(s) || Double.isNaN(e) || !(e > s) ? Optional.empty() : Optional.of(new double[] {s, e});
    }

    public void range(double start, double end) {
        prefs.putDouble("view.start", start);
        prefs.putDouble("view.end", end);
    }

    public LaneMode laneMode() {
        return parse(prefs.get("view.lanes", ""), LaneMode::valueOf).orElse(LaneMode.BY_TYPE);
    }

    public void laneMode(LaneMode mode) {
        prefs.put("view.lanes", mode.name());
    }

    /** The search last used on {@code corpus}, or nothing. */
    public QueryCriteria criteria(Path corpus) {
        if (!sameCorpus(corpus)) {
            return QueryCriteria.ALL;
        }
        return new QueryCriteria(prefs.get("search.text", ""),
                list(prefs.get("search.types", ""), EventType::valueOf),
                list(prefs.get("search.statuses", ""), EventStatus::valueOf),
                list(prefs.get("search.actors", ""), Function.identity()),
                parse(prefs.get("search.from", ""), LocalDate::parse),
                parse(prefs.get("search.to", ""), LocalDate::parse));
    }

    public void criteria(QueryCriteria c) {
        prefs.put("search.text", c.text());
        prefs.put("search.types", String.join("\n", c.types().stream().map(Enum::name).sorted().toList()));
        prefs.put("search.statuses", String.join("\n", c.statuses().stream().map(Enum::name).sorted().toList()));
        prefs.put("search.actors", String.join("\n", c.actorIds().stream().sorted().toList()));
        prefs.put("search.from", c.from().map(LocalDate::toString).orElse(""));
        prefs.put("search.to", c.to().map(LocalDate::toString).orElse(""));
    }

    /** Writes everything to the backing store now. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warn("could not save the window's settings", e);
        }
    }

    private boolean sameCorpus(Path corpus) {
        return corpus().map(p -> p.equals(corpus.toAbsolutePath().normalize())).orElse(false);
    }

    private static <T> Optional<T> parse(String s, Function<String, T> parser) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(s));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <T> Set<T> list(String s, Function<String, T> parser) {
        Set<T> out = new LinkedHashSet<>();
        Arrays.stream(s.split("\n")).map(v -> parse(v, parser)).flatMap(Optional::stream).forEach(out::add);
        return out;
    }
}
