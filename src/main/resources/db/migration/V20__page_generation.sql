-- The anonymous page cache (issue #17, platform.web.PageCache): one number every instance reads each
-- second. A committed change to anything a page shows moves it on; an instance that sees it move
-- forgets the pages it keeps. Pages themselves are never stored here: each instance keeps its own.
CREATE TABLE page_generation (
    id         TINYINT NOT NULL,
    generation BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO page_generation (id, generation) VALUES (1, 0);
