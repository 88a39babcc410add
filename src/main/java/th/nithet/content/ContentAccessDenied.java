package th.nithet.content;

/**
 * The item exists but this viewer may not do this with it: pages answer 403 (or the sign-in form
 * for visitors), the API 403 (401 for anonymous calls). Items a viewer may not even know about
 * (someone else's draft) are "not found" instead.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ContentAccessDenied extends RuntimeException {

    private final boolean signInWouldHelp;

    public ContentAccessDenied(boolean signInWouldHelp) {
        super(signInWouldHelp ? "sign in required" : "forbidden");
        this.signInWouldHelp = signInWouldHelp;
    }

    /** The HTTP status for a download refused this way: 401 for a visitor, 403 for anyone else. */
    public int status() {
        return signInWouldHelp ? 401 : 403;
    }

    /** A visitor, who might be allowed after signing in. */
    public boolean signInWouldHelp() {
        return signInWouldHelp;
    }
}
