-- The supervisors' yearly plan (แผนการนิเทศ): which school, on which topic, in which month of a fiscal
-- year (1 Oct – 30 Sep, named by its Buddhist-era end year). What was held is read from the
-- supervisions themselves; nothing is ticked by hand.

CREATE TABLE planned_supervision (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    supervisor_id BIGINT       NOT NULL,
    fiscal_year   INT          NOT NULL,
    month         TINYINT      NOT NULL,
    school_id     BIGINT       NOT NULL,
    topic         VARCHAR(300) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_planned_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id),
    CONSTRAINT fk_planned_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_planned_month CHECK (month BETWEEN 1 AND 12),
    INDEX ix_planned_year (fiscal_year, supervisor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
