-- Accounts of the console and of the CLI's approve/reject (vigie users). Numbered from 10 so that it
-- never collides with the review workflow's own migrations.
-- login: PASSWORD (BCrypt hash in password_hash) or OS_USER (the operating-system user of that name,
-- no password). A PARTNER account is tied to one partner id.
CREATE TABLE vigie_account (
    name                 VARCHAR(64) PRIMARY KEY,
    role                 VARCHAR(20) NOT NULL,
    partner              VARCHAR(128),
    login                VARCHAR(20) NOT NULL,
    password_hash        VARCHAR(100),
    enabled              BOOLEAN NOT NULL,
    failed_logins        INTEGER NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    last_login_at        TIMESTAMP WITH TIME ZONE
);
