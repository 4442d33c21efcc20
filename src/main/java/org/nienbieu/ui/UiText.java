package org.nienbieu.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The window's words in Vietnamese or English ({@code ui*.properties}). */
final class UiText {

    private UiText() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.nienbieu.ui.ui", "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT);
    }

    static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
