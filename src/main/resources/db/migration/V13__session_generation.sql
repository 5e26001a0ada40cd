-- Raised when an administrator resets a user's password: every session signed in under an older
-- generation ends at its next request, on every application node.
alter table app_user add column session_generation integer default 0 not null;
