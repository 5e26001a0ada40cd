-- A meeting's decisions become a list, so each one can be followed up as a Roadmap activity.
create table meeting_decision (
    meeting_id  bigint        not null references meeting (id) on delete cascade,
    position    int           not null,
    wording     varchar(2000) not null,
    activity_id bigint references activity (id) on delete set null,
    primary key (meeting_id, position)
);

insert into meeting_decision (meeting_id, position, wording)
select id, 0, decisions from meeting where decisions is not null;

alter table meeting drop column decisions;

-- The timeline's filters and the overdue count read these columns.
create index activity_planned_end on activity (planned_end);
create index activity_responsible on activity (responsible_user_id);
create index activity_owner on activity (owner_organisation_id);
create index baseline_roadmap on baseline (roadmap_id, created_at);
