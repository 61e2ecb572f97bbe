package cz.planovna.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CzechTypographyTest {

    private static final String N = "\u00A0";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Služby v Písku|Služby v" + N + "Písku",
                "k obci|k" + N + "obci",
                "S podporou kraje|S" + N + "podporou kraje",
                "z rozpočtu a z dotace|z" + N + "rozpočtu a" + N + "z" + N + "dotace",
                "senioři i rodiny|senioři i" + N + "rodiny",
                "O plánu, U řeky|O" + N + "plánu, U" + N + "řeky",
                "(v roce 2026)|(v" + N + "roce 2026)",
                "Vize a cíle|Vize a" + N + "cíle",
                "Osoby Z a V|Osoby Z" + N + "a" + N + "V"
            })
    void joinsOneLetterPrepositionsAndConjunctionsToTheNextWord(String in, String expected) {
        assertThat(CzechTypography.apply(in)).isEqualTo(expected);
    }

    @Test
    void leavesOtherWordsAndLetterEndingsAlone() {
        assertThat(CzechTypography.apply("Plán sociálních služeb")).isEqualTo("Plán sociálních služeb");
        // a one-letter word at the end of a text has nothing to join to
        assertThat(CzechTypography.apply("typ a")).isEqualTo("typ a");
        // letters inside words are not words
        assertThat(CzechTypography.apply("dva a tři")).isEqualTo("dva a" + N + "tři");
        assertThat(CzechTypography.apply("B 2 x")).isEqualTo("B 2 x");
    }

    @Test
    void turnsStraightQuotesIntoCzechQuotes() {
        assertThat(CzechTypography.apply("projekt \"Senior\" v obci")).isEqualTo("projekt „Senior“ v" + N + "obci");
        assertThat(CzechTypography.apply("\"v rodině\"")).isEqualTo("„v" + N + "rodině“");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(CzechTypography.apply(null)).isNull();
        assertThat(CzechTypography.apply("")).isEmpty();
    }
}
