package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.AccessToken;
import th.nithet.people.AccessTokenService;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.util.List;

/**
 * One's own personal access tokens ({@code account/tokens.xhtml}): make one (shown on this answer only),
 * list them with their last use, revoke one after a confirmation.
 */
@Named
@RequestScoped
public class AccessTokensBean {

    @Inject
    AccessTokenService tokens;

    private String name;
    private boolean readOnly = true;
    private int days = AccessTokenService.DEFAULT_DAYS;
    private String newToken;
    private List<AccessToken> mine;

    public void create() {
        try {
            newToken = tokens.create(name, readOnly, days).secret();
            name = null;
            mine = null;
            Feedback.info("token.created");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void revoke(long id) {
        if (tokens.revoke(id)) {
            Feedback.info("token.revoked");
        } else {
            Feedback.error("token.notFound");
        }
        mine = null;
    }

    public List<AccessToken> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    /** The choices of lifetime offered on the page; the API takes any number of days up to a year. */
    public List<Integer> getDayChoices() {
        return List.of(7, 30, AccessTokenService.DEFAULT_DAYS, 180, AccessToken.MAX_DAYS);
    }

    public String daysLabel(int d) {
        return Feedback.text("token.daysChoice", d);
    }

    public String revokeQuestion(AccessToken token) {
        return Feedback.text("token.revoke.confirm", token.getName());
    }

    /** The token just made, on this answer only; null otherwise. */
    public String getNewToken() {
        return newToken;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
