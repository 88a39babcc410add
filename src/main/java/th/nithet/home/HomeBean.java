package th.nithet.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentItem;
import th.nithet.content.Viewers;
import th.nithet.knowledge.Article;
import th.nithet.knowledge.KnowledgeService;
import th.nithet.news.News;
import th.nithet.news.NewsService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The home page: pinned and latest news, newest and most-viewed knowledge; for a signed-in person,
 * what belongs to their learning areas comes first in each list.
 */
@Named
@RequestScoped
public class HomeBean {

    private static final int SHOWN = 5;
    private static final int CANDIDATES = 30;

    @Inject
    NewsService news;

    @Inject
    KnowledgeService knowledge;

    @Inject
    Viewers viewers;

    @Inject
    th.nithet.practices.PracticeService practices;

    private MyAreasFirst myAreasFirst;

    // each list is read once per request: a box asks for it to show it and to say when it is empty
    private final Map<String, List<?>> lists = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> List<T> once(String name, Supplier<List<T>> read) {
        return (List<T>) lists.computeIfAbsent(name, n -> read.get());
    }

    public List<News> getPinnedNews() {
        return once("pinned", () -> news.list(NewsService.Filter.ALL, true, 0, SHOWN).stream().filter(News::isPinned).toList());
    }

    public List<News> getLatestNews() {
        return once("latest", () -> mineFirst(news.list(NewsService.Filter.ALL, false, 0, CANDIDATES).stream().filter(n -> !n.isPinned()).toList()));
    }

    public List<Article> getNewestKnowledge() {
        return once("newest", () -> mineFirst(knowledge.list(KnowledgeService.Filter.ALL, KnowledgeService.Order.NEWEST, 0, CANDIDATES)));
    }

    public List<Article> getMostViewedKnowledge() {
        return once("mostViewed", () -> mineFirst(knowledge.list(KnowledgeService.Filter.ALL, KnowledgeService.Order.MOST_VIEWED, 0, CANDIDATES)));
    }

    /** Practices staff chose to feature, newest first. */
    public List<th.nithet.practices.Practice> getFeaturedPractices() {
        return once("featured", () -> practices.featured(SHOWN));
    }

    /** The first few, those in the viewer's learning areas before the rest. */
    private <T extends ContentItem> List<T> mineFirst(List<T> items) {
        if (myAreasFirst == null) {
            myAreasFirst = MyAreasFirst.of(viewers.current());
        }
        return myAreasFirst.firstOf(items, SHOWN);
    }
}
