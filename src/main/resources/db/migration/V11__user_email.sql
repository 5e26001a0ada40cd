-- An optional e-mail address per user: notices are also sent there when e-mail delivery is configured.
alter table app_user add column email varchar(254);
