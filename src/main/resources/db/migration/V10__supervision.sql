-- Online supervision (การนิเทศออนไลน์): a coaching thread between supervisors and a school or named
-- teachers. A content item (staff-only visibility, so that search and lists never show it to others),
-- open also to its participants and the school's director. Inside: a private conversation and the
-- coaching steps — plan, observation, feedback, agreed actions with due dates, follow-up.

ALTER TABLE content_item DROP CONSTRAINT ck_content_type;
ALTER TABLE content_item ADD CONSTRAINT ck_content_type
    CHECK (type IN ('NEWS', 'ARTICLE', 'QUESTION', 'PRACTICE', 'HONOUR', 'SUPERVISION'));

CREATE TABLE supervision (
    content_id       BIGINT      NOT NULL,
    school_id        BIGINT      NULL,
    state            VARCHAR(20) NOT NULL,
    last_activity_at DATETIME(6) NOT NULL,
    closed_at        DATETIME(6) NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_supervision_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervision_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_supervision_state CHECK (state IN ('OPEN', 'AWAITING_SCHOOL', 'AWAITING_SUPERVISOR', 'FOLLOW_UP_DUE', 'CLOSED')),
    INDEX ix_supervision_state (state),
    INDEX ix_supervision_school (school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE supervision_participant (
    supervision_id BIGINT NOT NULL,
    account_id     BIGINT NOT NULL,
    PRIMARY KEY (supervision_id, account_id),
    CONSTRAINT fk_participant_supervision FOREIGN KEY (supervision_id) REFERENCES supervision (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_participant_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE supervision_message (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    supervision_id BIGINT      NOT NULL,
    author_id      BIGINT      NOT NULL,
    body_html      MEDIUMTEXT  NOT NULL,
    body_text      MEDIUMTEXT  NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_message_supervision FOREIGN KEY (supervision_id) REFERENCES supervision (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_message_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_message_supervision (supervision_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- kind: PLAN, OBSERVATION, FEEDBACK, ACTION (agreed, with a due date), FOLLOW_UP.
CREATE TABLE coaching_step (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    supervision_id      BIGINT      NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    text                TEXT        NOT NULL,
    happened_on         DATE        NOT NULL,
    due_on              DATE        NULL,
    done_at             DATETIME(6) NULL,
    recorded_by         BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    overdue_notified_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_step_supervision FOREIGN KEY (supervision_id) REFERENCES supervision (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_step_recorder FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_step_kind CHECK (kind IN ('PLAN', 'OBSERVATION', 'FEEDBACK', 'ACTION', 'FOLLOW_UP')),
    INDEX ix_step_supervision (supervision_id, happened_on),
    INDEX ix_step_due (kind, done_at, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
