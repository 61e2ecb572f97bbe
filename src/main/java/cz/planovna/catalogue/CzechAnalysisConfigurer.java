package cz.planovna.catalogue;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The Czech analyzer of the catalogue index: "senioru", "seniory" and "seniorů" all become one term,
 * and diacritics do not matter ("pecovatelska" finds "Pečovatelská"). The stemmer needs lower case
 * and the diacritics it strips by itself, so ASCII folding comes after it. Public with a public
 * no-arg constructor: Hibernate Search instantiates it by class name (application.yml).
 */
public class CzechAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String CZECH = "czech";

    public CzechAnalysisConfigurer() {}

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CZECH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("czechStem")
                .tokenFilter("asciiFolding");
    }
}
