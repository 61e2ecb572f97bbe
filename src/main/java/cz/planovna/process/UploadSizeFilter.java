package cz.planovna.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the multipart limit goes back to the page it came from with the reason.
 * It has to be decided here, before Spring Security: the CSRF check reads the form's parameters,
 * Tomcat refuses to parse a body over the limit, and the visitor would get an error without words.
 * Uploads below this limit but above the library's own reach the form, which says what is wrong
 * and keeps what was typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String PROBLEM = "process.validation.document.request.large";

    private final long maxRequestSize;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestSize) {
            chain.doFilter(request, response);
            return;
        }
        String back = pageOfTheForm(request);
        FlashMap flash = new FlashMap();
        flash.put("problem", PROBLEM);
        flash.setTargetRequestPath(back.contains("?") ? back.substring(0, back.indexOf('?')) : back);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + back);
    }

    /** The path of the page that sent the form (the Referer, same origin only), else the home page. */
    private static String pageOfTheForm(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = new URI(referer);
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String withinApp = path.substring(Math.min(request.getContextPath().length(), path.length()));
            return withinApp + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
