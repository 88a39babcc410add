-- Best practices (การปฏิบัติที่เป็นเลิศ / ผลงานครู): a content item that goes through review.
-- state: DRAFT → SUBMITTED → RETURNED (resubmit) → PUBLISHED, or REJECTED; content_item.status is
-- PUBLISHED only while the practice is published, so lists, search and views work as for any content.

CREATE TABLE practice (
    content_id   BIGINT        NOT NULL,
    state        VARCHAR(12)   NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    problem_html MEDIUMTEXT    NOT NULL,
    results_html MEDIUMTEXT    NOT NULL,
    school_level VARCHAR(20)   NULL,
    video_links  TEXT          NULL,
    featured     BOOLEAN       NOT NULL DEFAULT FALSE,
    rating_sum   INT           NOT NULL DEFAULT 0,
    rating_count INT           NOT NULL DEFAULT 0,
    submitted_at DATETIME(6)   NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_practice_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_practice_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'REJECTED')),
    INDEX ix_practice_state (state, submitted_at),
    INDEX ix_practice_featured (featured)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Who did what to a practice, and what they said: its review history.
CREATE TABLE practice_step (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    practice_id BIGINT      NOT NULL,
    actor_id    BIGINT      NOT NULL,
    action      VARCHAR(12) NOT NULL,
    comment     TEXT        NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_practice_step_practice FOREIGN KEY (practice_id) REFERENCES practice (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_step_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_practice_step_action CHECK (action IN ('CREATED', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'REJECTED', 'FEATURED', 'UNFEATURED')),
    INDEX ix_practice_step_practice (practice_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One rating (1–5) per person per practice; rating again changes it.
CREATE TABLE practice_rating (
    practice_id BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    stars       TINYINT     NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (practice_id, account_id),
    CONSTRAINT fk_practice_rating_practice FOREIGN KEY (practice_id) REFERENCES practice (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_practice_rating_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_practice_rating_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- News is announced (notified to people in its learning areas) once, when it goes live: published
-- now or at its scheduled time. What was live before this migration counts as announced.
ALTER TABLE news ADD COLUMN announced_at DATETIME(6) NULL;
UPDATE news n JOIN content_item i ON i.id = n.content_id SET n.announced_at = UTC_TIMESTAMP(6)
WHERE i.status = 'PUBLISHED' AND i.publish_at <= UTC_TIMESTAMP(6);
