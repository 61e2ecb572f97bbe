package cz.planovna.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps rendered public pages of anonymous visitors in memory, as a caching reverse proxy would.
 * The most visited pages (the catalogue search) cost a full-text search and a template each time
 * although they change only when their data change; the module that owns the data calls {@link
 * #evictAll()} whenever it changes them, and entries also expire after a while.
 *
 * <p>Runs before Spring Security and serves only requests that carry no credentials at all: no
 * cookie but the language one (hence no session and no remember-me login), no {@code Authorization}
 * header. Such a request can only be anonymous, and the pages stored are public, so the security
 * chain would decide nothing else; the security headers it wrote when the page was rendered are
 * stored with the page and sent again. A response is stored only when it is a 200 HTML page that created no session and set no
 * cookie, so a page with a personal CSRF token or a language switch ({@code ?lang=}) is never
 * stored. The key is the address with its query, the language cookie and the htmx headers that
 * choose between the page and its fragment.
 */
public class PageCache extends OncePerRequestFilter {

    /** Header telling tests and operators whether a stored page was served. */
    public static final String HEADER = "X-Page-Cache";

    private static final String LANGUAGE_COOKIE = "planovna-lang";
    private static final List<String> KEY_HEADERS = List.of("HX-Request", "HX-History-Restore-Request", "HX-Target");

    /** Headers of the response that are not the stored page's own business. */
    private static final Set<String> NOT_STORED = Set.of(
            "date", "content-length", "transfer-encoding", "connection", "keep-alive", "set-cookie", "x-page-cache");

    private record Page(byte[] body, String contentType, Locale locale, Map<String, List<String>> headers) {}

    private final Predicate<HttpServletRequest> cacheablePath;
    private final Cache<String, Page> pages;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param cacheablePath which GET addresses may be stored (public pages only)
     * @param maxBytes bound of the stored bodies together
     * @param maxAge how long a page is served at most without being rendered again
     */
    public PageCache(Predicate<HttpServletRequest> cacheablePath, long maxBytes, Duration maxAge) {
        this.cacheablePath = cacheablePath;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Page>weigher((key, page) -> key.length() * 2 + page.body().length)
                .expireAfterWrite(maxAge)
                .build();
    }

    /**
     * Forgets every stored page now and, when called inside a transaction, once more after it
     * commits: a request rendered between the two would otherwise store the old data again.
     */
    public void evictAll() {
        pages.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    pages.invalidateAll();
                }
            });
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !cacheablePath.test(request) || !anonymous(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page page = pages.getIfPresent(key);
        if (page != null) {
            hits.incrementAndGet();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(page.contentType());
            response.setLocale(page.locale());
            page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setHeader(HEADER, "hit");
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        misses.incrementAndGet();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        recorder.setHeader(HEADER, "miss");
        chain.doFilter(request, recorder);
        if (storable(request, recorder)) {
            pages.put(
                    key,
                    new Page(
                            recorder.getContentAsByteArray(),
                            recorder.getContentType(),
                            recorder.getLocale(),
                            storedHeaders(recorder)));
        }
        recorder.copyBodyToResponse();
    }

    /** The security headers and the like, as the whole filter chain wrote them for this page. */
    private static Map<String, List<String>> storedHeaders(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_STORED.contains(lower) && !"content-type".equals(lower) && !"content-language".equals(lower)) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return Map.copyOf(headers);
    }

    private static boolean anonymous(HttpServletRequest request) {
        if (request.getParameter("lang") != null || request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        if (request.getSession(false) != null) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && type != null
                && type.startsWith("text/html")
                && response.getHeader("Set-Cookie") == null
                && request.getSession(false) == null;
    }

    private static String key(HttpServletRequest request) {
        // the parameters, not the query string: both name the same page, and only they are
        // always there (a forwarded or test request may have parameters but no query string)
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                key.append(encoded(name)).append('=').append(encoded(value)).append('&');
            }
        });
        key.append('|').append(languageCookie(request));
        for (String header : KEY_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                key.append('|').append(header).append('=').append(value);
            }
        }
        return key.toString();
    }

    /** Encoded, so that no value can pass for another parameter ("a=b&c" is not a, c). */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String languageCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }
}
