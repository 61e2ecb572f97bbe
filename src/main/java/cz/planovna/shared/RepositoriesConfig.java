package cz.planovna.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Spring Data JPA repositories of all modules. Declared queries are analysed (for count queries and
 * sorting) with Spring Data's simple regex-based enhancer instead of its ANTLR HQL parser: the
 * parser loads ~500 classes and cost ~1.5 s of every start on 2 cores (docs/benchmarks.md, ADR
 * 0002), while our queries are plain JPQL that Hibernate parses and validates anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "cz.planovna", queryEnhancerSelector = RepositoriesConfig.SimpleEnhancer.class)
class RepositoriesConfig {

    static class SimpleEnhancer implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            return QueryEnhancerFactories.fallback();
        }
    }
}
