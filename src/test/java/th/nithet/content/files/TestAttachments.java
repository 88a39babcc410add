package th.nithet.content.files;

import th.nithet.content.ContentItem;
import th.nithet.Entities;
import th.nithet.people.Account;

/** Attachments for unit tests of the rules in the model, as if uploaded and stored. */
public final class TestAttachments {

    private TestAttachments() {
    }

    public static Attachment file(ContentItem item, long id, String fileName, String mediaType, Account by) {
        StoredFile stored = new StoredFile("0".repeat(64), 1024, mediaType, "", null);
        return Entities.withId(new Attachment(item, stored, fileName, by), id);
    }
}
