-- Several instances over one database (issue #16). MariaDB is the only durable truth: what every node must
-- see (search changes, file bytes, sign-in failures, who ran a job, sessions to end) is a row here.

-- Search changes, written in the same transaction as the content (search.IndexChanges); every node reads
-- what other nodes wrote, in id order, and indexes the item again (search.SearchChangeLog). Kept two days:
-- a node away longer catches up by reconciliation.
CREATE TABLE search_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    item_type  VARCHAR(40) NOT NULL,
    item_id    BIGINT      NOT NULL,
    node       CHAR(36)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_search_change_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The bytes of every stored file (platform.files.FileStore), in pieces of at most 1 MiB so that no statement
-- outgrows max_allowed_packet; written in the transaction that names the file, so a row that names a file
-- never exists without its bytes on any node. A node's files/ directory is its local copy.
CREATE TABLE file_chunk (
    sha256 CHAR(64)   NOT NULL,
    seq    INT        NOT NULL,
    data   MEDIUMBLOB NOT NULL,
    PRIMARY KEY (sha256, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Failed sign-ins by user name ('u:…') and by address ('a:…'), counted by every node (security.LoginThrottle).
CREATE TABLE login_failure (
    throttle_key VARCHAR(300) NOT NULL,
    failures     INT          NOT NULL,
    last_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (throttle_key),
    KEY ix_login_failure_last (last_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A browser session carries the epoch its account had at sign-in; ending an account's sessions
-- (password changed or reset, disabled, roles changed) moves the epoch on, and every node refuses older ones.
CREATE TABLE account_session_epoch (
    account_id BIGINT NOT NULL,
    epoch      INT    NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_account_session_epoch_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A scheduled job's round (the job's name and the number of its time slot) is claimed by one node only:
-- the primary key lets one insert succeed. Kept 30 days, for the administrators' page.
CREATE TABLE job_run (
    job        VARCHAR(60) NOT NULL,
    slot       BIGINT      NOT NULL,
    node       VARCHAR(120) NOT NULL,
    started_at DATETIME(6) NOT NULL,
    PRIMARY KEY (job, slot),
    KEY ix_job_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
