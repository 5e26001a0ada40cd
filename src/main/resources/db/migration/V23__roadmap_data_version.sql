-- The Roadmap's own version beside the version of every record: it moves on only with changes of the Roadmap, its
-- action areas and activities, so the Roadmap's figures a node keeps outlive changes elsewhere (an approved value,
-- a request taken). Moved on after row 1, in the same transaction.
insert into data_version (id, stamp) values (2, 0);
