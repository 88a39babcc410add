package th.nithet.home;

import th.nithet.content.ContentItem;
import th.nithet.content.Viewer;
import th.nithet.organisation.LearningArea;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the home page's boxes choose what to show: of the newest (or most read) items, those in the reader's learning areas
 * (กลุ่มสาระ) come first, each group keeping its order, and only the first few are shown. A visitor, or a person without
 * learning areas, sees the items as they came.
 */
record MyAreasFirst(Set<Long> areaIds) {

    static MyAreasFirst of(Viewer viewer) {
        return new MyAreasFirst(viewer.isSignedIn()
                ? viewer.account().getLearningAreas().stream().map(LearningArea::getId).collect(Collectors.toUnmodifiableSet())
                : Set.of());
    }

    <T extends ContentItem> List<T> firstOf(List<T> items, int shown) {
        if (areaIds.isEmpty()) {
            return items.stream().limit(shown).toList();
        }
        // a stable sort: false (one of mine) before true, the order within each kept
        return items.stream().sorted(Comparator.comparing(this::isNotMine)).limit(shown).toList();
    }

    private boolean isNotMine(ContentItem item) {
        return item.getLearningAreas().stream().noneMatch(a -> areaIds.contains(a.getId()));
    }
}
