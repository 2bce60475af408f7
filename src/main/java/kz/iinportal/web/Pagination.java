package kz.iinportal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The GOV.UK pagination component of a numbered list (tags/pagination.html): previous and next links, the first and
 * last page, the current one and its neighbours, an ellipsis for each gap. The links come from the caller's route
 * (reverse routing), so the component knows no path.
 */
public record Pagination(int current, int last, URI previous, URI next, List<Item> items) {

    /** One entry of the list: a numbered link, or an ellipsis ({@code uri} null) for the pages left out. */
    public record Item(int number, URI uri, boolean isCurrent) {

        public boolean isEllipsis() {
            return uri == null;
        }
    }

    /** Nothing to show on a single page. */
    public boolean isNeeded() {
        return last > 1;
    }

    /**
     * @param current the page shown, from 1
     * @param total   how many rows there are in all
     * @param size    rows on a page
     * @param link    the address of a page by its number
     */
    public static Pagination of(int current, long total, int size, IntFunction<URI> link) {
        int last = lastPage(total, size);
        int page = clamp(current, last);
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 1) {
                items.add(new Item(n, link.apply(n), n == page));
            } else if (!items.isEmpty() && !items.get(items.size() - 1).isEllipsis()) {
                items.add(new Item(n, null, false));
            }
        }
        return new Pagination(page, last, page > 1 ? link.apply(page - 1) : null,
                page < last ? link.apply(page + 1) : null, items);
    }

    public static int lastPage(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** A page number from a link, typed or tampered with: anything but a page that exists is the nearest one. */
    public static int clamp(int page, int last) {
        return Math.max(1, Math.min(page, last));
    }

    /** The page number a query parameter asks for; 1 for anything that is not a positive number. */
    public static int parse(String page) {
        if (page == null || page.isBlank() || page.length() > 9
                || !page.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }
}
