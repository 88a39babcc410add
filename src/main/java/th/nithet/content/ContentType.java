package th.nithet.content;

/**
 * The kinds of content, as the database, the API ({@code "type": "news"}) and the pages name them.
 * {@code path} is where an item's page lives: {@code /news/42}.
 */
public enum ContentType {
    NEWS("news", "/news/"),
    ARTICLE("knowledge", "/knowledge/"),
    QUESTION("question", "/questions/"),
    PRACTICE("practice", "/practices/"),
    HONOUR("honour", "/honours/"),
    SUPERVISION("supervision", "/supervisions/");

    private final String apiName;
    private final String path;

    ContentType(String apiName, String path) {
        this.apiName = apiName;
        this.path = path;
    }

    public String apiName() {
        return apiName;
    }

    /** The item's page, relative to the portal's root. */
    public String pathOf(long id) {
        return path + id;
    }
}
