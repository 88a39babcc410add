-- Content: what news and knowledge articles (and later questions, practices, supervision threads)
-- share. One row per item in content_item (JOINED inheritance: news and article hold what is theirs),
-- so comments, tags, likes, attachments and view counts have one key for every type.

CREATE TABLE content_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    type          VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL COLLATE utf8mb4_thai_520_w2,
    body_html     MEDIUMTEXT    NOT NULL,
    body_text     MEDIUMTEXT    NOT NULL,
    author_id     BIGINT        NOT NULL,
    visibility    VARCHAR(10)   NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    publish_at    DATETIME(6)   NULL,
    view_count    BIGINT        NOT NULL DEFAULT 0,
    like_count    INT           NOT NULL DEFAULT 0,
    comment_count INT           NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_content_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_content_type CHECK (type IN ('NEWS', 'ARTICLE')),
    CONSTRAINT ck_content_visibility CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'STAFF')),
    CONSTRAINT ck_content_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    INDEX ix_content_listing (type, status, publish_at),
    INDEX ix_content_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_learning_area (
    content_id       BIGINT NOT NULL,
    learning_area_id BIGINT NOT NULL,
    PRIMARY KEY (content_id, learning_area_id),
    CONSTRAINT fk_content_area_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_area_area FOREIGN KEY (learning_area_id) REFERENCES learning_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE tag (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    name       VARCHAR(60) NOT NULL COLLATE utf8mb4_thai_520_w2,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tag_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_tag (
    content_id BIGINT NOT NULL,
    tag_id     BIGINT NOT NULL,
    PRIMARY KEY (content_id, tag_id),
    CONSTRAINT fk_content_tag_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
    INDEX ix_content_tag_tag (tag_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Files by content: one row per distinct file (its SHA-256 names it under files/), with the text in it.
CREATE TABLE stored_file (
    sha256         CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    extracted_text MEDIUMTEXT   NULL,
    thumbnail      CHAR(64)     NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    content_id  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_file FOREIGN KEY (sha256) REFERENCES stored_file (sha256),
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    INDEX ix_attachment_content (content_id),
    INDEX ix_attachment_uploader (uploaded_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- ข่าวสารวิชาการ
CREATE TABLE news (
    content_id          BIGINT      NOT NULL,
    category            VARCHAR(20) NOT NULL,
    pinned              BOOLEAN     NOT NULL DEFAULT FALSE,
    cover_attachment_id BIGINT      NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_news_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_news_cover FOREIGN KEY (cover_attachment_id) REFERENCES attachment (id) ON DELETE SET NULL,
    CONSTRAINT ck_news_category CHECK (category IN ('POLICY', 'PROJECT', 'TRAINING', 'GENERAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- ขุมความรู้: a category tree, articles, and every version of every article
CREATE TABLE article_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id  BIGINT       NULL,
    name       VARCHAR(200) NOT NULL COLLATE utf8mb4_thai_520_w2,
    sort_order INT          NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_article_category_parent FOREIGN KEY (parent_id) REFERENCES article_category (id),
    CONSTRAINT uq_article_category_name UNIQUE (parent_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO article_category (parent_id, name, sort_order, created_at, updated_at) VALUES
    (NULL, 'คู่มือและแนวทาง', 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    (NULL, 'งานวิจัย', 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    (NULL, 'สื่อการเรียนรู้', 3, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    (NULL, 'เอกสารทั่วไป', 4, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

CREATE TABLE article (
    content_id  BIGINT NOT NULL,
    category_id BIGINT NULL,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_article_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES article_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE article_version (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    article_id BIGINT       NOT NULL,
    number     INT          NOT NULL,
    title      VARCHAR(300) NOT NULL,
    body_html  MEDIUMTEXT   NOT NULL,
    editor_id  BIGINT       NOT NULL,
    edited_at  DATETIME(6)  NOT NULL,
    note       VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_article_version_article FOREIGN KEY (article_id) REFERENCES article (content_id) ON DELETE CASCADE,
    CONSTRAINT fk_article_version_editor FOREIGN KEY (editor_id) REFERENCES account (id),
    CONSTRAINT uq_article_version UNIQUE (article_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    content_id BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body_html  TEXT        NOT NULL,
    status     VARCHAR(10) NOT NULL DEFAULT 'VISIBLE',
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_comment_status CHECK (status IN ('VISIBLE', 'HIDDEN', 'DELETED')),
    INDEX ix_comment_content (content_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_like (
    content_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (content_id, account_id),
    CONSTRAINT fk_like_content FOREIGN KEY (content_id) REFERENCES content_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_like_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Views: one row per visitor per item per day (the visitor is a 16-byte hash: of the account, or of
-- an anonymous cookie), written in batches by the view counter; and the daily count per item.
CREATE TABLE content_view (
    content_id BIGINT     NOT NULL,
    day        DATE       NOT NULL,
    visitor    BINARY(16) NOT NULL,
    PRIMARY KEY (content_id, day, visitor),
    INDEX ix_content_view_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE content_view_daily (
    content_id BIGINT NOT NULL,
    day        DATE   NOT NULL,
    views      INT    NOT NULL,
    PRIMARY KEY (content_id, day),
    INDEX ix_content_view_daily_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
