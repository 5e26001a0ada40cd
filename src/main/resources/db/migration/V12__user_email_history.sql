-- The user's e-mail address is kept in the audit trail like the other fields of a user.
alter table app_user_aud add column email varchar(254);
