package th.nithet.content;

import jakarta.ejb.ApplicationException;

/** No such item, or none this viewer may know about: 404 on pages and in the API. */
@ApplicationException(rollback = true)
public class ContentNotFound extends RuntimeException {

    public ContentNotFound() {
        super("not found");
    }
}
