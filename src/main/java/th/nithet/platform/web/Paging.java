package th.nithet.platform.web;

/**
 * Pages of a list shown with plain links ({@code ?page=2}): light on a phone, and every page has an
 * address. {@code page} counts from 1; out-of-range pages are brought back into range.
 */
public record Paging(int page, int size, long total) {

    public static Paging of(Integer requested, int size, long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        int page = requested == null ? 1 : Math.min(Math.max(1, requested), last);
        return new Paging(page, size, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int getLast() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int getPage() {
        return page;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getLast();
    }

    public int getPrevious() {
        return page - 1;
    }

    public int getNext() {
        return page + 1;
    }
}
