-- Projects and activities (โครงการ/กิจกรรม) as the office reports them (seeds 003): kind, new or
-- continuing, owner, planned and actual dates, rationale, objectives, quantitative and qualitative
-- targets with their results, activities with dates and who is responsible, budget lines by category
-- (compensation, operating costs, materials), evaluation, problems and suggestions; and the tracking
-- of training: by position, how many were targeted, developed and passed.

CREATE TABLE project (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(300) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    continuing    BOOLEAN      NOT NULL,
    owner_id      BIGINT       NOT NULL,
    fiscal_year   INT          NOT NULL,
    planned_start DATE         NOT NULL,
    planned_end   DATE         NOT NULL,
    actual_start  DATE         NULL,
    actual_end    DATE         NULL,
    rationale     TEXT         NULL,
    objectives    TEXT         NULL,
    evaluation    TEXT         NULL,
    problems      TEXT         NULL,
    suggestions   TEXT         NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_project_kind CHECK (kind IN ('ACTION_PLAN', 'OBEC_STRATEGY', 'SPECIAL')),
    INDEX ix_project_year (fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE project_target (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    project_id   BIGINT        NOT NULL,
    kind         VARCHAR(15)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    target_value DECIMAL(14,2) NULL,
    unit         VARCHAR(50)   NULL,
    result_value DECIMAL(14,2) NULL,
    result_text  TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_target_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_target_kind CHECK (kind IN ('QUANTITATIVE', 'QUALITATIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE project_activity (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    project_id    BIGINT       NOT NULL,
    name          VARCHAR(300) NOT NULL,
    planned_start DATE         NULL,
    planned_end   DATE         NULL,
    actual_start  DATE         NULL,
    actual_end    DATE         NULL,
    responsible   VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_activity_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE project_budget_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    project_id  BIGINT        NOT NULL,
    category    VARCHAR(15)   NOT NULL,
    description VARCHAR(300)  NOT NULL,
    amount      DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_budget_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_budget_category CHECK (category IN ('COMPENSATION', 'OPERATING', 'MATERIALS')),
    CONSTRAINT ck_project_budget_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE project_training (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    project_id BIGINT      NOT NULL,
    position   VARCHAR(30) NOT NULL,
    targeted   INT         NOT NULL,
    developed  INT         NOT NULL,
    passed     INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_training_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT ck_project_training_counts CHECK (targeted >= 0 AND developed >= 0 AND passed >= 0 AND passed <= developed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
