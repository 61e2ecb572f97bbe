package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News of an ORP: written by those who edit its planning, published ones read by everyone. */
@Service
@Transactional
public class NewsService {

    static final int PAGE_SIZE = 10;
    private static final Sort NEWEST =
            Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final NewsRepository news;
    private final OrpAccess access;
    private final Clock clock;

    NewsService(NewsRepository news, OrpAccess access, ObjectProvider<Clock> clock) {
        this.news = news;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    long create(int districtCode, NewsForm form) {
        TerritoryRef orp = access.check(districtCode, Action.EDIT_PLANNING);
        // a double-submitted form must not publish the same item twice
        if (news.existsByDistrictCodeAndTitleAndBody(
                districtCode, form.title().strip(), form.body().strip())) {
            throw new FormRejectedException("title", "process.validation.news.duplicate");
        }
        return news.save(new NewsItem(
                        orp, form.title(), form.perex(), form.body(), form.publish(), today(), clock.instant()))
                .id();
    }

    void update(int districtCode, long id, NewsForm form) {
        access.check(districtCode, Action.EDIT_PLANNING);
        NewsItem item = find(districtCode, id);
        if (item.version() != form.version()) {
            throw new StaleEditException(
                    item.title(), form.title(), item.title(), NewsUrls.edit(districtCode, id), false);
        }
        item.change(form.title(), form.perex(), form.body(), form.publish(), today(), clock.instant());
    }

    void delete(int districtCode, long id, long version) {
        access.check(districtCode, Action.EDIT_PLANNING);
        NewsItem item = find(districtCode, id);
        if (item.version() != version) {
            throw new StaleEditException(item.title(), null, null, NewsUrls.edit(districtCode, id), false);
        }
        news.delete(item);
    }

    @Transactional(readOnly = true)
    public Page<NewsView> all(int districtCode, int page) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return news.findByDistrictCode(districtCode, PageRequest.of(Math.max(page, 0), PAGE_SIZE * 2, NEWEST))
                .map(NewsItem::toView);
    }

    @Transactional(readOnly = true)
    public NewsView forEditing(int districtCode, long id) {
        access.check(districtCode, Action.EDIT_PLANNING);
        return find(districtCode, id).toView();
    }

    @Transactional(readOnly = true)
    public Page<NewsView> published(int districtCode, int page) {
        access.info(districtCode);
        return news.findByDistrictCodeAndPublishedTrue(
                        districtCode, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST))
                .map(NewsItem::toView);
    }

    /** A published item; drafts are not found by the public. */
    @Transactional(readOnly = true)
    public NewsView publicItem(int districtCode, long id) {
        access.info(districtCode);
        return news.findByIdAndDistrictCode(id, districtCode)
                .filter(NewsItem::published)
                .map(NewsItem::toView)
                .orElseThrow(() -> new NotFoundException("news " + id));
    }

    private NewsItem find(int districtCode, long id) {
        return news.findByIdAndDistrictCode(id, districtCode).orElseThrow(() -> new NotFoundException("news " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
