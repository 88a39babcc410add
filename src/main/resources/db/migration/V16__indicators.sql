-- Indicators (ตัวชี้วัด) and the yearly report (issue #8). An administrator defines an indicator for a
-- fiscal year: what it measures (one of the portal's statistics, or a value entered by hand with
-- evidence), its target, and how its quality level is decided — percentage bands whose edges can be
-- moved (default < 80, 80–89.99, 90–99.99, 100: levels 1–4) or levels 1–4 described by a rubric and
-- chosen by staff. The portal keeps one snapshot per month to draw the trend. Evidence links content,
-- supervision records, forms, projects or an outside address. report_text holds what staff write for
-- the yearly report about an indicator or a project.

CREATE TABLE indicator (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    fiscal_year   INT           NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    description   TEXT          NULL,
    measure       VARCHAR(40)   NOT NULL,
    target        DECIMAL(14,2) NULL,
    unit          VARCHAR(50)   NULL,
    method        VARCHAR(10)   NOT NULL,
    band2         DECIMAL(6,2)  NOT NULL DEFAULT 80,
    band3         DECIMAL(6,2)  NOT NULL DEFAULT 90,
    band4         DECIMAL(6,2)  NOT NULL DEFAULT 100,
    rubric1       TEXT          NULL,
    rubric2       TEXT          NULL,
    rubric3       TEXT          NULL,
    rubric4       TEXT          NULL,
    manual_value  DECIMAL(14,2) NULL,
    manual_level  INT           NULL,
    owner_id      BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_indicator_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_indicator_method CHECK (method IN ('BANDS', 'RUBRIC')),
    CONSTRAINT ck_indicator_bands CHECK (band2 < band3 AND band3 <= band4),
    CONSTRAINT ck_indicator_level CHECK (manual_level IS NULL OR manual_level BETWEEN 1 AND 4),
    INDEX ix_indicator_year (fiscal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE indicator_snapshot (
    indicator_id BIGINT        NOT NULL,
    month        DATE          NOT NULL,
    value        DECIMAL(14,2) NULL,
    achievement  DECIMAL(10,2) NULL,
    level        INT           NULL,
    taken_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (indicator_id, month),
    CONSTRAINT fk_snapshot_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE indicator_evidence (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT        NOT NULL,
    kind         VARCHAR(12)   NOT NULL,
    ref_id       BIGINT        NULL,
    title        VARCHAR(300)  NOT NULL,
    url          VARCHAR(1000) NULL,
    added_by     BIGINT        NOT NULL,
    added_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_account FOREIGN KEY (added_by) REFERENCES account (id),
    CONSTRAINT ck_evidence_kind CHECK (kind IN ('CONTENT', 'SURVEY', 'PROJECT', 'LINK')),
    INDEX ix_evidence_indicator (indicator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE report_text (
    subject          VARCHAR(10) NOT NULL,
    subject_id       BIGINT      NOT NULL,
    quantitative     TEXT        NULL,
    qualitative      TEXT        NULL,
    problems         TEXT        NULL,
    solutions        TEXT        NULL,
    expected_results TEXT        NULL,
    good_practice    TEXT        NULL,
    success_factors  TEXT        NULL,
    suggestions      TEXT        NULL,
    updated_by       BIGINT      NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (subject, subject_id),
    CONSTRAINT fk_report_text_account FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT ck_report_text_subject CHECK (subject IN ('INDICATOR', 'PROJECT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE supervision
    ADD COLUMN indicator_id BIGINT NULL,
    ADD CONSTRAINT fk_supervision_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE SET NULL;
