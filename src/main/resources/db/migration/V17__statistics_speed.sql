-- Statistics at the size of a real office (issue #8, measured by bench/statistics.sh at 10 million views; see
-- docs/benchmarks.md): distinct visitors of each week, month and fiscal year as one number each, and views per item per
-- fiscal year, both kept by the view counter (ViewRollups) in its own transaction; indexes by creation time for who
-- posted, answered or commented in a period and for the items that existed then; content_view's day index widened so
-- that a flush recounts a day's views by school from the index alone.

-- Distinct visitors of each week, month and fiscal year as one number each, kept by the view counter as it adds
-- visitors to view_visitor_weekly / _monthly / _yearly: counting those rows took 150–400 ms for a year at 10M views.
-- period_start: the Monday, the first of the month, or 1 October of the fiscal year.
CREATE TABLE view_visitor_count (
    kind         VARCHAR(5) NOT NULL,
    period_start DATE       NOT NULL,
    visitors     INT        NOT NULL,
    PRIMARY KEY (kind, period_start),
    CONSTRAINT ck_view_visitor_count_kind CHECK (kind IN ('WEEK', 'MONTH', 'YEAR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Views per item per fiscal year (most viewed, least reached of a year), kept from view_item_monthly.
CREATE TABLE view_item_yearly (
    fiscal_year INT    NOT NULL,
    content_id  BIGINT NOT NULL,
    views       INT    NOT NULL,
    PRIMARY KEY (fiscal_year, content_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What was counted before.
INSERT IGNORE INTO view_visitor_count (kind, period_start, visitors)
    SELECT 'WEEK', week, COUNT(*) FROM view_visitor_weekly GROUP BY week;
INSERT IGNORE INTO view_visitor_count (kind, period_start, visitors)
    SELECT 'MONTH', month, COUNT(*) FROM view_visitor_monthly GROUP BY month;
INSERT IGNORE INTO view_visitor_count (kind, period_start, visitors)
    SELECT 'YEAR', STR_TO_DATE(CONCAT(fiscal_year - 544, '-10-01'), '%Y-%m-%d'), COUNT(*) FROM view_visitor_yearly GROUP BY fiscal_year;
INSERT IGNORE INTO view_item_yearly (fiscal_year, content_id, views)
    SELECT YEAR(month) + IF(MONTH(month) >= 10, 1, 0) + 543, content_id, SUM(views) FROM view_item_monthly
    GROUP BY YEAR(month) + IF(MONTH(month) >= 10, 1, 0) + 543, content_id;

-- Who posted, answered or commented in a period, the items that existed then (least reached), the questions asked
-- and supervisions opened in it (answer times, supervision coverage): read from these indexes instead of the rows
-- with the items' and answers' bodies (answer times took 250–390 ms, coverage 50–160 ms for a year at 10M views).
CREATE INDEX ix_content_created ON content_item (created_at, status, author_id);
CREATE INDEX ix_content_type_created ON content_item (type, created_at);
CREATE INDEX ix_answer_created ON answer (created_at, author_id);
CREATE INDEX ix_comment_created ON comment (created_at, author_id, status);

-- The view counter recounts a day's views by school at every flush: from the index alone, not from 10M rows'
-- pages (a flush of 20 views took 0.6–1.1 s at 10M views with the embedded server's 128 MB buffer pool).
ALTER TABLE content_view
    DROP INDEX ix_content_view_day,
    ADD INDEX ix_content_view_day_school (day, school_id);
