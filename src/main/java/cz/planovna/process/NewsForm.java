package cz.planovna.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of a news item. */
record NewsForm(
        @NotBlank(message = "{process.validation.news.title.required}")
        @Size(max = NewsItem.TITLE_MAX, message = "{process.validation.name.long}")
        String title,

        @Size(max = NewsItem.PEREX_MAX, message = "{process.validation.news.perex.long}")
        String perex,

        @NotBlank(message = "{process.validation.news.body.required}")
        @Size(max = NewsItem.BODY_MAX, message = "{process.validation.description.long}")
        String body,

        Boolean published,
        long version) {

    static NewsForm empty() {
        return new NewsForm("", "", "", true, 0);
    }

    static NewsForm of(NewsView news) {
        return new NewsForm(
                news.title(), news.perex() == null ? "" : news.perex(), news.body(), news.published(), news.version());
    }

    boolean publish() {
        return Boolean.TRUE.equals(published);
    }
}
