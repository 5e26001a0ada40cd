-- One number that moves on after every committed change to the application's records. What a node keeps
-- computed from them (the dashboard's figures) holds while the number is the one it was computed at; kept in
-- the database, so every node sees another node's changes.
create table data_version (
    id    integer primary key,
    stamp bigint  not null
);
insert into data_version (id, stamp) values (1, 0);
