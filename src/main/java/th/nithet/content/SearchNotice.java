package th.nithet.content;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import th.nithet.search.IndexChange;

/** Tells search that an item changed; it is read again once the caller's transaction commits. */
@Dependent
public class SearchNotice {

    @Inject
    Event<IndexChange> changes;

    public void changed(ContentItem item) {
        changes.fire(new IndexChange(item.type().apiName(), item.getId()));
    }
}
