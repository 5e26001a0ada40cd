package org.eduroadmap.importing;

/** Told, now and then, how many rows of a file have been read, so a screen can show progress. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = rows -> { };

    void rowsRead(long rows);
}
