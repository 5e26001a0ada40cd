-- Indexes measured with the large scale data (a million KPI values, 100,000 activities, 50,000 requests):
-- each lets a screen read what it shows instead of the whole table. See docs/performance.md.

-- The dashboard and the KPI catalogue read the approved yearly values without a breakdown (all the
-- breakdown columns null): a few thousand rows among a million.
create index kpi_measurement_yearly on kpi_measurement
    (period_quarter, school_level, sex, location, region_id, status, kpi_id, period_year);

-- The Roadmap grid sorts by planned start and filters by status.
create index activity_planned_start on activity (planned_start);
create index activity_status on activity (status, planned_start);

-- The request list shows the newest first and filters by status, category, priority, office and advisor;
-- it also sorts by due date. PostgreSQL does not index foreign keys by itself.
create index assistance_request_created on assistance_request (created_at);
create index assistance_request_category on assistance_request (category, created_at);
create index assistance_request_priority on assistance_request (priority, created_at);
create index assistance_request_addressed on assistance_request (addressed_org_id, created_at);
create index assistance_request_requesting on assistance_request (requesting_org_id, created_at);
create index assistance_request_advisor on assistance_request (assigned_advisor_id, created_at);
create index assistance_request_due on assistance_request (due_date);
create index assistance_request_activity on assistance_request (activity_id);
create index request_history_actor on request_history (actor_id);
create index request_comment_author on request_comment (author_id);
