package th.nithet.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone following a question: told of each new answer. Written with INSERT IGNORE (following
 * twice is following); mapped so that queries can ask "questions I follow".
 */
@Entity
@Table(name = "question_follower")
@IdClass(QuestionFollower.Key.class)
public class QuestionFollower {

    @Id
    @Column(name = "question_id")
    private Long questionId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionFollower() {
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long questionId;
        private Long accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(questionId, k.questionId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, accountId);
        }
    }
}
