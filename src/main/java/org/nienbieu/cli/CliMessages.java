package org.nienbieu.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own words, in Vietnamese or English ({@code messages*.properties}). */
final class CliMessages {

    private final Locale locale;
    private final ResourceBundle bundle;

    CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.nienbieu.cli.messages",
                "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT);
    }

    /** The language asked for with {@code --lang}, else the system's, else English. */
    static CliMessages forLanguage(String lang) {
        String chosen = lang != null ? lang : Locale.getDefault().getLanguage();
        return new CliMessages("vi".equalsIgnoreCase(chosen) ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
