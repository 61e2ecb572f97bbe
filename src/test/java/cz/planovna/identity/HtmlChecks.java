package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Structural checks of rendered forms that a screen reader depends on. */
final class HtmlChecks {

    private HtmlChecks() {}

    /** Ids are unique, every form control has a label bound to it, references point to existing ids. */
    static void assertAccessibleForms(Document page) {
        List<String> duplicates = page.select("[id]").eachAttr("id").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(duplicates).as("duplicate ids").isEmpty();
        for (Element control : page.select("main input:not([type=hidden]), main select, main textarea")) {
            String id = control.id();
            boolean labelled = !id.isEmpty()
                            && !page.select("label[for=" + id + "]").isEmpty()
                    || control.parent() != null && control.parent().tagName().equals("label")
                    || control.hasAttr("aria-label");
            assertThat(labelled).as("a label for %s", control.outerHtml()).isTrue();
            for (String ref : control.attr("aria-describedby").split("\\s+")) {
                if (!ref.isEmpty()) {
                    assertThat(page.getElementById(ref))
                            .as("aria-describedby %s of %s", ref, id)
                            .isNotNull();
                }
            }
        }
    }
}
