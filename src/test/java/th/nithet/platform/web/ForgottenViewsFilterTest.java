package th.nithet.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same kinds of maps Mojarra keeps in the session: a synchronized LRU map of views, a concurrent map of contexts. */
class ForgottenViewsFilterTest {

    @Test
    void contextsOfViewsNoLongerActiveAreDroppedAndTheActiveOnesKept() {
        Map<String, Object> active = activeViews("v14", "v15", "v16");
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (int i = 1; i <= 16; i++) {
            contexts.put("v" + i, "context of page " + i);
        }

        ForgottenViewsFilter.forgetInactiveContexts(contexts, active);

        assertEquals(Set.of("v14", "v15", "v16"), contexts.keySet());
        assertEquals("context of page 15", contexts.get("v15"));
        assertEquals(Set.of("v14", "v15", "v16"), active.keySet(), "the active views themselves are left alone");
    }

    @Test
    void aContextWhoseViewIsStillActiveIsNeverDroppedEvenWhenOthersAreFewer() {
        Map<String, Object> active = activeViews("v1", "v2", "v3");
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("v2", "context of page 2"));

        ForgottenViewsFilter.forgetInactiveContexts(contexts, active);

        assertEquals(Set.of("v2"), contexts.keySet());
    }

    private static Map<String, Object> activeViews(String... ids) {
        Map<String, Object> views = Collections.synchronizedMap(new LinkedHashMap<>());
        for (String id : ids) {
            views.put(id, new ConcurrentHashMap<>());
        }
        return views;
    }
}
