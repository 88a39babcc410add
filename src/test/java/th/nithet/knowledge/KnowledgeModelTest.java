package th.nithet.knowledge;

import org.junit.jupiter.api.Test;
import th.nithet.Entities;
import th.nithet.content.Viewer;
import th.nithet.people.People;
import th.nithet.platform.security.Role;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge bank's category tree and who edits an article, without a container. */
class KnowledgeModelTest {

    private static ArticleCategory category(long id, ArticleCategory parent, String name, int order) {
        return Entities.withId(new ArticleCategory(parent, name, order), id);
    }

    @Test
    void eachParentIsFollowedByItsChildrenWhateverOrderTheyCameIn() {
        ArticleCategory manuals = category(1, null, "คู่มือและแนวทาง", 1);
        ArticleCategory media = category(2, null, "สื่อการสอน", 2);
        ArticleCategory measuring = category(3, manuals, "การวัดผล", 3);
        ArticleCategory videos = category(4, media, "วิดีโอ", 4);
        ArticleCategory rubrics = category(5, measuring, "เกณฑ์การให้คะแนน", 5);
        List<ArticleCategory> ordered = ArticleCategory.inReadingOrder(List.of(manuals, media, measuring, videos, rubrics));
        assertEquals(List.of(manuals, measuring, rubrics, media, videos), ordered);
        assertEquals(2, rubrics.getDepth());
        assertEquals("คู่มือและแนวทาง › การวัดผล › เกณฑ์การให้คะแนน", rubrics.getPath());
    }

    @Test
    void aCategoryWhoseParentIsMissingIsLeftOutRatherThanShownAtTheTop() {
        ArticleCategory orphanParent = category(9, null, "ลบแล้ว", 1);
        ArticleCategory orphan = category(10, orphanParent, "ลูกกำพร้า", 2);
        ArticleCategory top = category(11, null, "ทั่วไป", 3);
        assertEquals(List.of(top), ArticleCategory.inReadingOrder(List.of(orphan, top)));
    }

    @Test
    void staffEditAnyArticleAuthorsTheirOwn() {
        Viewer author = People.viewer(1, "kru.writer");
        Article article = new Article(author.account());
        assertTrue(article.mayBeEditedBy(author));
        assertTrue(article.mayBeEditedBy(People.viewer(2, "sn.any", Role.SUPERVISOR)), "the bank is shared work");
        assertFalse(article.mayBeEditedBy(People.viewer(3, "kru.other")));
        assertFalse(article.mayBeEditedBy(Viewer.VISITOR));
    }
}
