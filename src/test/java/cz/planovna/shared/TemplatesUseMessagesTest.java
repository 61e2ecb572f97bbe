package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates carry no literal user-facing text: every text node and every human-readable attribute
 * comes from messages, and every message key a template names exists.
 */
class TemplatesUseMessagesTest {

    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label", "value");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

    private static Resource[] templates;
    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        templates = resolver.getResources("classpath*:templates/**/*.html");
        messages = new Properties();
        for (Resource bundle : resolver.getResources("classpath*:i18n/**/messages.properties")) {
            messages.putAll(MessagesCompletenessTest.load(bundle));
        }
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        assertThat(templates).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Resource template : templates) {
            Document doc = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (replacesBody(element) || element.tagName().equals("style")) {
                    // a style sheet (the PDF templates carry their own) is not text for people
                    continue;
                }
                String own = element.ownText();
                if (LETTER.matcher(own).find() && !insideReplacedElement(element)) {
                    problems.add(template.getFilename() + ": <" + element.tagName() + "> \"" + own.strip() + "\"");
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (LETTER.matcher(value).find()
                            && !element.hasAttr("th:" + attribute)
                            && !isMachineValue(element, attribute)) {
                        problems.add(template.getFilename() + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(problems)
                .as("literal texts in templates (use th:text=\"#{...}\")")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Resource template : templates) {
            Matcher m = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    private static boolean replacesBody(Element e) {
        return e.hasAttr("th:text")
                || e.hasAttr("th:utext")
                || e.hasAttr("th:errors")
                || e.hasAttr("th:replace")
                || e.hasAttr("th:insert");
    }

    private static boolean insideReplacedElement(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (replacesBody(parent)) {
                return true;
            }
        }
        return false;
    }

    /** A hidden input's or option's value is data, not text shown to people. */
    private static boolean isMachineValue(Element e, String attribute) {
        return "value".equals(attribute)
                && (e.tagName().equals("option")
                        || "hidden".equals(e.attr("type"))
                        || e.tagName().equals("input") && !"submit".equals(e.attr("type")));
    }
}
