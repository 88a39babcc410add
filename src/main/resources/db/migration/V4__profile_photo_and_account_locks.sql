-- Personal pages get a photo (address in the file store); accounts lock for a while after
-- repeated failed sign-ins; an administrator's temporary password must be changed at next sign-in.
ALTER TABLE account
    ADD COLUMN photo                CHAR(64)    NULL AFTER bio,
    ADD COLUMN failed_sign_ins      INT         NOT NULL DEFAULT 0 AFTER password_hash,
    ADD COLUMN locked_until         DATETIME(6) NULL AFTER failed_sign_ins,
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE AFTER locked_until;
