-- Engagement statistics (issue #8). The dashboards read small tables kept up to date by the view
-- counter at each flush, never the raw views (10 million rows over three years would be too slow):
--   view_type_daily, view_area_daily, view_school_daily: views per day by content type, learning area,
--     and the visitor's school (0 = a visitor without a school: anonymous, or office staff);
--   view_day_total: views and distinct visitors per day;
--   view_item_monthly: views per item per month (most viewed, least reached);
--   view_visitor_weekly / _monthly / _yearly: which visitors came in a week / month / fiscal year,
--     so that distinct visitors over a week, month or year are a count, not a scan;
--   account_visit_monthly: which signed-in people visited in a month (only that they did, not what),
--     for "active people".
-- Months are stored as their first day; weeks as their Monday; days and months are Bangkok days.

ALTER TABLE content_view
    ADD COLUMN school_id BIGINT NULL;

CREATE TABLE view_day_total (
    day      DATE NOT NULL,
    views    INT  NOT NULL,
    visitors INT  NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_type_daily (
    day          DATE        NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    views        INT         NOT NULL,
    PRIMARY KEY (day, content_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_area_daily (
    day              DATE   NOT NULL,
    learning_area_id BIGINT NOT NULL,
    views            INT    NOT NULL,
    PRIMARY KEY (day, learning_area_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_school_daily (
    day       DATE   NOT NULL,
    school_id BIGINT NOT NULL,
    views     INT    NOT NULL,
    PRIMARY KEY (day, school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_item_monthly (
    month      DATE   NOT NULL,
    content_id BIGINT NOT NULL,
    views      INT    NOT NULL,
    PRIMARY KEY (month, content_id),
    INDEX ix_view_item_monthly_item (content_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_visitor_weekly (
    week    DATE       NOT NULL,
    visitor BINARY(16) NOT NULL,
    PRIMARY KEY (week, visitor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_visitor_monthly (
    month   DATE       NOT NULL,
    visitor BINARY(16) NOT NULL,
    PRIMARY KEY (month, visitor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE view_visitor_yearly (
    fiscal_year INT        NOT NULL,
    visitor     BINARY(16) NOT NULL,
    PRIMARY KEY (fiscal_year, visitor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE account_visit_monthly (
    month      DATE   NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (month, account_id),
    INDEX ix_account_visit_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the views counted before this version, into the same tables (their visitors' schools are not known)
INSERT INTO view_day_total (day, views, visitors)
    SELECT day, COUNT(*), COUNT(DISTINCT visitor) FROM content_view GROUP BY day;
INSERT INTO view_type_daily (day, content_type, views)
    SELECT d.day, i.type, SUM(d.views) FROM content_view_daily d JOIN content_item i ON i.id = d.content_id GROUP BY d.day, i.type;
INSERT INTO view_area_daily (day, learning_area_id, views)
    SELECT d.day, a.learning_area_id, SUM(d.views) FROM content_view_daily d JOIN content_learning_area a ON a.content_id = d.content_id
    GROUP BY d.day, a.learning_area_id;
INSERT INTO view_school_daily (day, school_id, views)
    SELECT day, 0, SUM(views) FROM content_view_daily GROUP BY day;
INSERT INTO view_item_monthly (month, content_id, views)
    SELECT DATE_FORMAT(day, '%Y-%m-01'), content_id, SUM(views) FROM content_view_daily GROUP BY DATE_FORMAT(day, '%Y-%m-01'), content_id;
INSERT IGNORE INTO view_visitor_weekly (week, visitor)
    SELECT DATE_SUB(day, INTERVAL WEEKDAY(day) DAY), visitor FROM content_view;
INSERT IGNORE INTO view_visitor_monthly (month, visitor)
    SELECT DATE_FORMAT(day, '%Y-%m-01'), visitor FROM content_view;
INSERT IGNORE INTO view_visitor_yearly (fiscal_year, visitor)
    SELECT YEAR(day) + IF(MONTH(day) >= 10, 1, 0) + 543, visitor FROM content_view;
