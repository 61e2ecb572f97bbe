package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The analyzer the index really uses: inflected forms and diacritics give the same terms. */
@SpringBootTest
class CzechAnalyzerTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Analyzer czech;

    @BeforeEach
    void analyzer() {
        czech = Search.mapping(entityManagerFactory)
                .backend()
                .unwrap(LuceneBackend.class)
                .analyzer(CzechAnalysisConfigurer.CZECH)
                .orElseThrow();
    }

    List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = czech.tokenStream("any", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void inflectedFormsOfOneWordGiveOneTerm() throws IOException {
        List<String> seniory = terms("seniory");
        assertThat(seniory).hasSize(1);
        assertThat(terms("senioru")).isEqualTo(seniory);
        assertThat(terms("seniorů")).isEqualTo(seniory);
        assertThat(terms("Senioři")).isEqualTo(seniory);
        assertThat(terms("domovy")).isEqualTo(terms("Domov"));
    }

    @Test
    void diacriticsAndCaseDoNotMatter() throws IOException {
        assertThat(terms("pecovatelska")).isEqualTo(terms("Pečovatelská"));
        assertThat(terms("PEČOVATELSKÉ")).isEqualTo(terms("pečovatelská"));
        assertThat(terms("krizove pomoci")).isEqualTo(terms("Krizová pomoc"));
    }

    @Test
    void differentWordsStayDifferent() throws IOException {
        assertThat(terms("domov")).isNotEqualTo(terms("dům"));
        assertThat(terms("sestra")).isNotEqualTo(terms("senior"));
        assertThat(terms("Domov pro seniory")).hasSize(3);
    }
}
