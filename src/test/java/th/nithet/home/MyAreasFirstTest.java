package th.nithet.home;

import org.junit.jupiter.api.Test;
import th.nithet.Entities;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.content.Visibility;
import th.nithet.organisation.Areas;
import th.nithet.organisation.LearningArea;
import th.nithet.people.Account;
import th.nithet.people.People;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the home page's boxes show first, without a container. */
class MyAreasFirstTest {

    private static final LearningArea MATHS = Areas.area(1, "MATH", "คณิตศาสตร์");
    private static final LearningArea SCIENCE = Areas.area(2, "SCI", "วิทยาศาสตร์และเทคโนโลยี");
    private static final LearningArea THAI = Areas.area(3, "THAI", "ภาษาไทย");

    /** An item of any type, as the boxes see it: an id, a title and its learning areas. */
    private static final class Item extends ContentItem {
        Item(long id, LearningArea... areas) {
            super(People.account(99, "sn.writer"));
            write("เรื่องที่ " + id, "<p>เนื้อหา</p>", Visibility.PUBLIC, Set.of(areas), Set.of());
            Entities.withId(this, id);
        }

        @Override
        public ContentType type() {
            return ContentType.ARTICLE;
        }

        @Override
        public boolean mayBeEditedBy(Viewer viewer) {
            return false;
        }
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(ContentItem::getId).toList();
    }

    private final List<Item> newest = List.of(new Item(10, THAI), new Item(11), new Item(12, SCIENCE), new Item(13, MATHS, THAI),
            new Item(14, THAI), new Item(15, SCIENCE, MATHS), new Item(16));

    private static Viewer teacherOf(LearningArea... areas) {
        Account teacher = People.account(5, "kru.malee");
        return Viewer.of(People.inAreas(teacher, Set.of(areas)));
    }

    @Test
    void aVisitorSeesTheFirstFewAsTheyCame() {
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L), ids(MyAreasFirst.of(Viewer.VISITOR).firstOf(newest, 5)));
    }

    @Test
    void aTeacherSeesTheirLearningAreasFirstEachGroupInItsOrder() {
        assertEquals(List.of(12L, 13L, 15L, 10L, 11L), ids(MyAreasFirst.of(teacherOf(MATHS, SCIENCE)).firstOf(newest, 5)));
    }

    @Test
    void whenTheirAreasFillTheBoxNothingElseIsShown() {
        assertEquals(List.of(10L, 13L), ids(MyAreasFirst.of(teacherOf(THAI)).firstOf(newest, 2)));
    }

    @Test
    void aPersonWithoutLearningAreasSeesTheItemsAsTheyCame() {
        assertEquals(List.of(10L, 11L, 12L), ids(MyAreasFirst.of(teacherOf()).firstOf(newest, 3)));
    }

    @Test
    void fewerItemsThanTheBoxHoldsAreAllShown() {
        assertEquals(List.of(12L, 11L), ids(MyAreasFirst.of(teacherOf(SCIENCE)).firstOf(List.of(newest.get(1), newest.get(2)), 5)));
    }
}
