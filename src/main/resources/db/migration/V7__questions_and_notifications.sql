-- Q&A (ถาม-ตอบ) and notifications. A question is a content item (title, body, learning areas, tags,
-- attachments, views and search come with it); its answers are rows of their own, each edit kept.
-- Best practices (PRACTICE) are allowed as a content type here so that their migration only adds
-- their own table.

ALTER TABLE content_item DROP CONSTRAINT ck_content_type;
ALTER TABLE content_item ADD CONSTRAINT ck_content_type CHECK (type IN ('NEWS', 'ARTICLE', 'QUESTION', 'PRACTICE'));

CREATE TABLE question (
    content_id         BIGINT      NOT NULL,
    answer_count       INT         NOT NULL DEFAULT 0,
    accepted_answer_id BIGINT      NULL,
    first_answered_at  DATETIME(6) NULL,
    accepted_at        DATETIME(6) NULL,
    assigned_to        BIGINT      NULL,
    escalated_at       DATETIME(6) NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_question_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_question_assignee FOREIGN KEY (assigned_to) REFERENCES account (id),
    -- the supervisors' queue and the escalation round read unanswered questions by age
    INDEX ix_question_unanswered (answer_count, escalated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE answer (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    question_id BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    body_html   MEDIUMTEXT  NOT NULL,
    body_text   MEDIUMTEXT  NOT NULL,
    vote_count  INT         NOT NULL DEFAULT 0,
    accepted    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_answer_question (question_id, created_at),
    INDEX ix_answer_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE question ADD CONSTRAINT fk_question_accepted FOREIGN KEY (accepted_answer_id) REFERENCES answer (id);

-- Every earlier text of an answer, one row per edit.
CREATE TABLE answer_version (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    answer_id  BIGINT      NOT NULL,
    number     INT         NOT NULL,
    body_html  MEDIUMTEXT  NOT NULL,
    editor_id  BIGINT      NOT NULL,
    edited_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_answer_version UNIQUE (answer_id, number),
    CONSTRAINT fk_answer_version_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_version_editor FOREIGN KEY (editor_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One vote per person per answer: the key says so, whatever two clicks at once try.
CREATE TABLE answer_vote (
    answer_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (answer_id, account_id),
    CONSTRAINT fk_answer_vote_answer FOREIGN KEY (answer_id) REFERENCES answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_vote_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE question_follower (
    question_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, account_id),
    CONSTRAINT fk_follower_question FOREIGN KEY (question_id) REFERENCES question (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_follower_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_follower_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- In-app notifications (the bell). mail: NONE (in-app only), SENT (queued in the outbox with the
-- notification, in one transaction), WAITING (for the person's daily digest), DIGESTED.
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    subject      VARCHAR(400) NOT NULL,
    link         VARCHAR(400) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    mail         VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_mail CHECK (mail IN ('NONE', 'SENT', 'WAITING', 'DIGESTED')),
    INDEX ix_notification_recipient (recipient_id, read_at, created_at),
    INDEX ix_notification_digest (mail, recipient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- How each person wants notifications by e-mail: at once, in a daily digest, or not at all.
ALTER TABLE account ADD COLUMN notify_by_mail VARCHAR(10) NOT NULL DEFAULT 'IMMEDIATE';
ALTER TABLE account ADD CONSTRAINT ck_account_notify CHECK (notify_by_mail IN ('IMMEDIATE', 'DIGEST', 'NEVER'));
