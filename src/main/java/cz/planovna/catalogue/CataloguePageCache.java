package cz.planovna.catalogue;

import cz.planovna.shared.web.PageCache;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public search and service pages of anonymous visitors are kept rendered ({@link PageCache}):
 * they are the most visited pages and change only with an import, an approved provider edit or an
 * edited life situation, each of which empties the cache.
 */
@Configuration(proxyBeanMethods = false)
class CataloguePageCache {

    private static final Pattern CACHEABLE = Pattern.compile("/katalog(/sluzby/\\d{1,18})?");

    @Bean
    PageCache cataloguePageStore(
            @Value("${planovna.catalogue.page-cache.max-bytes:16777216}") long maxBytes,
            @Value("${planovna.catalogue.page-cache.max-age:PT10M}") Duration maxAge) {
        return new PageCache(
                request -> CACHEABLE.matcher(request.getRequestURI()).matches(), maxBytes, maxAge);
    }

    /**
     * Just before Spring Security: a stored page costs no trip through the security chain (a fifth
     * of a served page's time at 7,000 requests a second); see {@link PageCache} for why that is safe.
     */
    @Bean
    FilterRegistrationBean<PageCache> cataloguePageStoreFilter(PageCache cataloguePageStore) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cataloguePageStore);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/katalog", "/katalog/sluzby/*");
        return registration;
    }
}
