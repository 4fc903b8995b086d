package se.diktera.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text from {@code se/diktera/app/messages*.properties}, Swedish and English. */
public final class Messages {

    public static final String BUNDLE = "se.diktera.app.messages";

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        // No fallback to the JVM's default locale: a Swedish user on an English JVM still gets Swedish.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Swedish unless the user's locale is English: Swedish is Diktera's first language. */
    public static Locale defaultLocale(Locale system) {
        return "en".equals(system.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}
