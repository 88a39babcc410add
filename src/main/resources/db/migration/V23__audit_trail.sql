-- The audit trail (#20): who did what security-relevant thing, when, to which item, from which address.
-- Only ever inserted by the portal (and removed after the retention period); no page or API changes a row.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(64)   NULL,
    action        VARCHAR(40)   NOT NULL,
    subject_type  VARCHAR(40)   NULL,
    subject       VARCHAR(200)  NULL,
    detail        VARCHAR(1000) NULL,
    address       VARCHAR(64)   NULL,
    KEY audit_event_at (occurred_at),
    KEY audit_event_actor (actor, occurred_at),
    KEY audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
