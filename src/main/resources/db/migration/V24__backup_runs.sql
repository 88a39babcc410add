-- #20: every backup, by `java -jar nithet.jar backup` or the nightly job, good or bad: what the
-- administrators' page and /metrics show (the last backup, its size, whether it worked)
CREATE TABLE backup_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at  DATETIME(3)   NOT NULL,
    finished_at DATETIME(3)   NOT NULL,
    file_name   VARCHAR(1000) NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    succeeded   BOOLEAN       NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    host        VARCHAR(255)  NOT NULL,
    INDEX backup_run_finished (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
