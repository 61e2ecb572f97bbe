package cz.planovna.catalogue;

import java.util.Locale;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalogue's texts for output outside a web request (the command line). Reads the module's own
 * bundle directly, so it does not depend on which bundles the web layer has configured.
 */
final class CatalogueTexts {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private final MessageSourceAccessor messages;

    CatalogueTexts(Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/catalogue/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.messages = new MessageSourceAccessor(source, locale);
    }

    static CatalogueTexts czech() {
        return new CatalogueTexts(CZECH);
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args);
    }
}
