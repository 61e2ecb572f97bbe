package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** A visitor switches to English; a cookie remembers it across pages until they switch back. */
class LanguageJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void visitorSwitchesToEnglishAndBack() {
        open("/uzemi");
        assertThat(pageLanguage()).isEqualTo("cs");
        assertThat(heading()).isEqualTo("Kraje, ORP a obce");

        clickLink("English");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Regions, ORP and municipalities");
        assertThat(find(".skip-link").getAttribute("textContent")).isEqualTo("Skip to content");
        assertThat(find(".lang-switch").getText()).isEqualTo("Česky");
        assertThat(find(".lang-switch").getAttribute("lang")).isEqualTo("cs");
        assertAccessible();
        screenshot("01-uzemi-en");

        open("/orp/3108");
        assertThat(pageLanguage()).as("language remembered without ?lang").isEqualTo("en");
        assertThat(find(".data-table caption").getText())
                .isEqualTo("Municipalities in the administrative district of ORP Písek");
        assertAccessible();
        screenshot("02-orp-en");

        clickLink("Česky");
        assertThat(pageLanguage()).isEqualTo("cs");
        assertThat(heading()).isEqualTo("ORP Písek");
        assertThat(find(".data-table caption").getText()).isEqualTo("Obce ve správním obvodu ORP Písek");
        assertThat(find(".lang-switch").getText()).isEqualTo("English");
        assertAccessible();
        screenshot("03-orp-cs");

        open("/uzemi");
        assertThat(pageLanguage()).as("Czech remembered again").isEqualTo("cs");
        assertThat(heading()).isEqualTo("Kraje, ORP a obce");
    }

    @Test
    void notFoundPageSwitchesLanguageForTheSameAddress() {
        open("/orp/9999");
        assertThat(heading()).isEqualTo("Stránka nenalezena");

        clickLink("English");
        assertThat(currentPath()).as("the switch keeps the address").startsWith("/orp/9999");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(heading()).isEqualTo("Page not found");
        assertAccessible();
        screenshot("404-en");
    }

    @Test
    void englishPagesFitASmallPhone() {
        setViewport(360, 740);
        open("/orp/3108?lang=en");
        assertThat(pageLanguage()).isEqualTo("en");
        assertNoHorizontalScroll(360);
        assertAccessible();
        screenshot("mobile-360-orp-en");
    }
}
