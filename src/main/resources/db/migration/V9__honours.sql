-- Honours (ประกาศเกียรติคุณ): an award recorded by staff, shown on the honour roll by year (พ.ศ.),
-- with a certificate whose verification code opens a public page confirming it. A content item, so
-- that it is searched, counted and commented like the rest.

ALTER TABLE content_item DROP CONSTRAINT ck_content_type;
ALTER TABLE content_item ADD CONSTRAINT ck_content_type CHECK (type IN ('NEWS', 'ARTICLE', 'QUESTION', 'PRACTICE', 'HONOUR'));

CREATE TABLE honour (
    content_id           BIGINT       NOT NULL,
    recipient_name       VARCHAR(300) NOT NULL COLLATE utf8mb4_thai_520_w2,
    recipient_account_id BIGINT       NULL,
    recipient_school_id  BIGINT       NULL,
    award_level          VARCHAR(20)  NOT NULL,
    awarded_on           DATE         NOT NULL,
    practice_id          BIGINT       NULL,
    verification_code    CHAR(12)     NOT NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_honour_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_honour_account FOREIGN KEY (recipient_account_id) REFERENCES account (id),
    CONSTRAINT fk_honour_school FOREIGN KEY (recipient_school_id) REFERENCES school (id),
    CONSTRAINT fk_honour_practice FOREIGN KEY (practice_id) REFERENCES practice (content_id),
    CONSTRAINT uq_honour_code UNIQUE (verification_code),
    CONSTRAINT ck_honour_level CHECK (award_level IN ('SCHOOL', 'NETWORK', 'AREA', 'PROVINCE', 'REGION', 'NATIONAL', 'INTERNATIONAL')),
    INDEX ix_honour_awarded (awarded_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
