-- Per month of planned end (202611 for November 2026), how many open activities end then: the sums of
-- open_activity_end by month, so that the overdue count adds up a row per past month and a row per day of this
-- month, not a row per past day. Kept in step with open_activity_end and recounted at every start.
create table open_activity_month (
    end_month  integer primary key,
    activities bigint  not null
);

insert into open_activity_month (end_month, activities)
select cast(extract(year from planned_end) * 100 + extract(month from planned_end) as integer), sum(activities)
from open_activity_end
group by cast(extract(year from planned_end) * 100 + extract(month from planned_end) as integer);
