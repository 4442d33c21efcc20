package org.nienbieu.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/**
 * The window's words in Vietnamese or English ({@code ui*.properties}), with the names of event
 * types, statuses and precisions. One instance per language; the view is rebuilt with a new one
 * when the user switches language, so no label has to remember its key.
 */
public final class UiText {

    /** Vietnamese, the default language of the window. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    private UiText(Locale locale) {
        this.locale = isVietnamese(locale) ? VIETNAMESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("org.nienbieu.ui.ui", isVietnamese(locale) ? VIETNAMESE : Locale.ROOT);
    }

    public static UiText of(Locale locale) {
        return new UiText(locale);
    }

    static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    /** {@code vi} or {@code en} as a locale; anything but Vietnamese is English. */
    public static Locale language(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("vi") ? VIETNAMESE : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key} with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String type(EventType type) {
        return get("type." + type.label());
    }

    public String status(EventStatus status) {
        return get("status." + status.label());
    }

    public String precision(Precision precision) {
        return get("precision." + precision.label());
    }
}
