package th.nithet.content.web;

import th.nithet.content.ContentAccessDenied;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.util.Map;

/**
 * What a content page does with a service call made from a button: on success the done message; on
 * refusal each field's problem, the rule that refused it, or "not allowed". One home for the editors
 * and the item pages (questions, practices) that act.
 */
public final class PageActions {

    private PageActions() {
    }

    /** Runs {@code action}; answers whether it worked. */
    public static boolean attempt(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.info(doneKey);
            return true;
        } catch (InvalidFields e) {
            for (Map.Entry<String, String> problem : e.messages(Feedback.locale()).entrySet()) {
                Feedback.error("content.fieldProblem", Feedback.label(problem.getKey()), problem.getValue());
            }
        } catch (RuleViolation e) {
            Feedback.error(e);
        } catch (ContentAccessDenied e) {
            Feedback.error("content.notAllowed");
        }
        return false;
    }
}
