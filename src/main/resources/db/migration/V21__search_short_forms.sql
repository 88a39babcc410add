-- Short forms an office adds for search (#18): besides the list shipped in search/short-forms.txt, an
-- administrator adds the office's own (สนผ. for กลุ่มนโยบายและแผน), taking effect without a rebuild on every
-- instance. Rows are only added and removed, never changed: every instance notices a change by the count
-- and the highest id (SearchShortForms).

CREATE TABLE search_short_form (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    short_form    VARCHAR(60)  NOT NULL COLLATE utf8mb4_thai_520_w2,
    long_form     VARCHAR(200) NOT NULL COLLATE utf8mb4_thai_520_w2,
    added_by      VARCHAR(300) NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);
