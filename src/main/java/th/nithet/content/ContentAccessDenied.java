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

    /** A visitor, who might be allowed after signing in. */
    public boolean signInWouldHelp() {
        return signInWouldHelp;
    }
}
