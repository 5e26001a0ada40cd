-- Per planned end date, how many open activities (not started, in progress or on hold) end then: the
-- dashboard's overdue and due-soon counts add up a few rows per day instead of counting every open activity.
-- Kept in step with every change of an activity and recounted at every start.
create table open_activity_end (
    planned_end date   primary key,
    activities  bigint not null
);

insert into open_activity_end (planned_end, activities)
select planned_end, count(*) from activity where status in ('NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD')
group by planned_end;
