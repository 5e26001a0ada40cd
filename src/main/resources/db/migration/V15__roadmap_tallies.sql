-- Per action area, the sums the Roadmap's progress figures rest on (cancelled activities left out), kept in
-- step with every change of an activity and rebuilt at every start: the dashboard reads a few rows instead
-- of every activity.
create table action_area_tally (
    action_area_id bigint primary key references action_area (id) on delete cascade,
    activities     bigint not null,
    percent_sum    bigint not null,
    planned_days   bigint not null,
    weighted_days  bigint not null
);

-- Overdue and due-soon counts: open activities by planned end.
create index activity_open_end on activity (status, planned_end);
