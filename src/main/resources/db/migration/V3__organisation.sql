-- The office's organisation: learning areas, school networks, schools; and where people belong.
-- Names sort in Thai dictionary order (utf8mb4_thai_520_w2).

CREATE TABLE learning_area (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(40)  NOT NULL,
    name_th    VARCHAR(200) NOT NULL COLLATE utf8mb4_thai_520_w2,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_learning_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the eight core learning areas of the basic education core curriculum, early childhood and special education
INSERT INTO learning_area (code, name_th, name_en, sort_order) VALUES
    ('thai', 'ภาษาไทย', 'Thai Language', 1),
    ('mathematics', 'คณิตศาสตร์', 'Mathematics', 2),
    ('science', 'วิทยาศาสตร์และเทคโนโลยี', 'Science and Technology', 3),
    ('social', 'สังคมศึกษา ศาสนา และวัฒนธรรม', 'Social Studies, Religion and Culture', 4),
    ('health-pe', 'สุขศึกษาและพลศึกษา', 'Health and Physical Education', 5),
    ('arts', 'ศิลปะ', 'Arts', 6),
    ('occupations', 'การงานอาชีพ', 'Occupations', 7),
    ('foreign-languages', 'ภาษาต่างประเทศ', 'Foreign Languages', 8),
    ('early-childhood', 'การศึกษาปฐมวัย', 'Early Childhood Education', 9),
    ('special-education', 'การศึกษาพิเศษ', 'Special Education', 10);

CREATE TABLE school_network (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL COLLATE utf8mb4_thai_520_w2,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_school_network_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE school (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(20)  NULL,
    name       VARCHAR(200) NOT NULL COLLATE utf8mb4_thai_520_w2,
    network_id BIGINT       NOT NULL,
    district   VARCHAR(100) NULL COLLATE utf8mb4_thai_520_w2,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_school_code UNIQUE (code),
    CONSTRAINT uq_school_name UNIQUE (name),
    CONSTRAINT fk_school_network FOREIGN KEY (network_id) REFERENCES school_network (id),
    INDEX ix_school_network (network_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE account
    ADD COLUMN position  VARCHAR(30)   NULL AFTER email,
    ADD COLUMN school_id BIGINT        NULL AFTER position,
    ADD COLUMN bio       VARCHAR(2000) NULL AFTER school_id,
    ADD CONSTRAINT fk_account_school FOREIGN KEY (school_id) REFERENCES school (id),
    ADD CONSTRAINT ck_account_position CHECK (position IS NULL OR position IN
        ('AREA_DIRECTOR', 'DEPUTY_AREA_DIRECTOR', 'SUPERVISOR', 'SCHOOL_DIRECTOR', 'DEPUTY_SCHOOL_DIRECTOR', 'TEACHER', 'STAFF')),
    ADD INDEX ix_account_display_name (display_name);

CREATE TABLE account_learning_area (
    account_id       BIGINT NOT NULL,
    learning_area_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, learning_area_id),
    CONSTRAINT fk_account_learning_area_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_learning_area_area FOREIGN KEY (learning_area_id) REFERENCES learning_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the networks a supervisor is responsible for
CREATE TABLE supervisor_network (
    account_id BIGINT NOT NULL,
    network_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, network_id),
    CONSTRAINT fk_supervisor_network_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_supervisor_network_network FOREIGN KEY (network_id) REFERENCES school_network (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
