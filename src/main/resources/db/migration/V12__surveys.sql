-- Assessment forms (แบบประเมินออนไลน์): staff build a form of Likert (1–5), choice and text
-- questions, attach it to what it assesses (a supervision or a best practice so far), send it to
-- people, and read the results. Each person answers once. For an anonymous form the answers do not
-- say who gave them: who has answered is kept apart (survey_participation), only to allow one answer.

CREATE TABLE survey (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(300)  NOT NULL,
    description TEXT          NULL,
    anonymous   BOOLEAN       NOT NULL,
    owner_id    BIGINT        NOT NULL,
    target_id   BIGINT        NULL,
    state       VARCHAR(10)   NOT NULL,
    opened_at   DATETIME(6)   NULL,
    closed_at   DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_survey_target FOREIGN KEY (target_id) REFERENCES content_item (id),
    CONSTRAINT ck_survey_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED')),
    INDEX ix_survey_owner (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_question (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    survey_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    text      VARCHAR(500) NOT NULL,
    choices   TEXT         NULL,
    required  BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT ck_survey_question_kind CHECK (kind IN ('LIKERT', 'CHOICE', 'TEXT')),
    INDEX ix_survey_question_survey (survey_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_invitee (
    survey_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (survey_id, account_id),
    CONSTRAINT fk_invitee_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitee_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_invitee_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row per person who answered: the key makes a second answer impossible, whatever two clicks try.
CREATE TABLE survey_participation (
    survey_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    PRIMARY KEY (survey_id, account_id),
    CONSTRAINT fk_participation_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_participation_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- respondent_id is null on anonymous forms; submitted_on is a day, not a time, for the same reason.
CREATE TABLE survey_response (
    id            BIGINT NOT NULL AUTO_INCREMENT,
    survey_id     BIGINT NOT NULL,
    respondent_id BIGINT NULL,
    submitted_on  DATE   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE,
    CONSTRAINT fk_response_account FOREIGN KEY (respondent_id) REFERENCES account (id),
    INDEX ix_response_survey (survey_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE survey_answer (
    response_id BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    likert      TINYINT      NULL,
    choice      VARCHAR(300) NULL,
    text        TEXT         NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_survey_answer_likert CHECK (likert IS NULL OR likert BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
