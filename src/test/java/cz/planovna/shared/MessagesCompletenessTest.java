package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in Czech and in English, and no translation is empty. */
class MessagesCompletenessTest {

    static Stream<Resource> czechBundles() throws IOException {
        return Stream.of(
                new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/**/messages.properties"));
    }

    @ParameterizedTest
    @MethodSource("czechBundles")
    void everyKeyExistsInBothLanguages(Resource czech) throws IOException {
        Resource english = czech.createRelative("messages_en.properties");
        assertThat(english.exists()).as("English bundle next to %s", czech).isTrue();
        Properties cs = load(czech);
        Properties en = load(english);

        Set<String> onlyCzech = new TreeSet<>(cs.stringPropertyNames());
        onlyCzech.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(cs.stringPropertyNames());

        assertThat(onlyCzech).as("keys only in Czech (%s)", czech).isEmpty();
        assertThat(onlyEnglish).as("keys only in English (%s)", english).isEmpty();
        assertThat(cs.stringPropertyNames())
                .as("empty Czech texts")
                .allSatisfy(k -> assertThat(cs.getProperty(k)).as(k).isNotBlank());
        assertThat(en.stringPropertyNames())
                .as("empty English texts")
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
