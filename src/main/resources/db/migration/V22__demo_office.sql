-- The demo office (java -jar nithet.jar --demo): whether this database was filled with it, from which seed and when.
-- One row at most; the instance that inserts it is the one that generates (several may start at once).
CREATE TABLE demo_office (
    id           TINYINT      NOT NULL PRIMARY KEY,
    seed         BIGINT       NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
