-- Personal access tokens for the API (issue #17): a person makes one on their account page (or through the
-- API with their password) and a script sends it as "Authorization: Bearer …". Only the SHA-256 of the token
-- is kept: the token is 256 random bits, so no slow hash is needed, and a read of this table gives nobody a
-- token. A revoked token keeps its row (who had what, until when) but never works again.
CREATE TABLE access_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    read_only    BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
    KEY ix_access_token_account (account_id),
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
