package cz.planovna.analysis;

import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the previous and next page of a list that keep its filters and sort order. */
public record ListPager(int number, int totalPages, String previous, String next) {

    static ListPager of(Page<?> page, String base, Map<String, Object> params) {
        return new ListPager(
                page.getNumber() + 1,
                Math.max(page.getTotalPages(), 1),
                page.hasPrevious() ? url(base, params, page.getNumber()) : null,
                page.hasNext() ? url(base, params, page.getNumber() + 2) : null);
    }

    private static String url(String base, Map<String, Object> params, int strana) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(base);
        params.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.queryParam("strana", strana).encode().build().toUriString();
    }

    public boolean needed() {
        return totalPages > 1;
    }
}
