package th.nithet.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Someone a form was sent to: the response rate's denominator. Written with INSERT IGNORE; mapped for queries. */
@Entity
@Table(name = "survey_invitee")
@IdClass(SurveyInvitee.Key.class)
public class SurveyInvitee {

    @Id
    @Column(name = "survey_id")
    private Long surveyId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    protected SurveyInvitee() {
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long surveyId;
        private Long accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(surveyId, k.surveyId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(surveyId, accountId);
        }
    }
}
