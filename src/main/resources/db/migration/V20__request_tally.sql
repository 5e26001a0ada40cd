-- Per office, status and whether the ministry has sent the request, how many requests there are: the
-- dashboard's pipeline reads a few rows instead of counting every request. Kept in step with every change of a
-- request's office or status and recounted at every start.
create table request_tally (
    addressed_org_id bigint      not null references organisation (id) on delete cascade,
    status           varchar(30) not null,
    sent             boolean     not null,
    requests         bigint      not null,
    primary key (addressed_org_id, status, sent)
);

insert into request_tally (addressed_org_id, status, sent, requests)
select addressed_org_id, status, sent, count(*) from (
    select addressed_org_id, status, submitted_at is not null as sent from assistance_request) r
group by addressed_org_id, status, sent;
