package cz.planovna.analysis;

import java.util.List;

/** A page of the table of obce (pages from 1). */
public record ObecPage(List<ObecRow> rows, int page, int pages, int total, ObecSort sort) {

    public static final int SIZE = 20;

    public ObecPage {
        rows = List.copyOf(rows);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
