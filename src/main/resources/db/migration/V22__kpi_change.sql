-- Which KPIs each committed change touched (their definition, targets, values or series, or the priority area or
-- organisation they show), under the data version the change moved on to. Written after the version moved on, with
-- its row locked, so versions commit in order: a node that judged every KPI at one version reads the KPIs changed
-- since and judges those again, instead of all of them. Rows older than an hour are forgotten; a node's figures
-- are read whole again after ten minutes at most. No foreign key: a change is written down as it is committed.
create table kpi_change (
    version    bigint                   not null,
    kpi_id     bigint                   not null,
    changed_at timestamp with time zone default current_timestamp not null,
    primary key (version, kpi_id)
);
