-- Per KPI, its approved national yearly values as one line ("2019:41.5000 2020:43.0000", oldest first): the
-- dashboard and the KPI catalogue read one short row per KPI instead of every value through an index on a table
-- of millions. Approved values never change, so the line is rewritten on each approval; every start rebuilds
-- all lines, so values written by other means (demo or scale data, a restored backup) are counted too.
create table kpi_national_series (
    kpi_id  bigint primary key references kpi (id) on delete cascade,
    history varchar not null
);
