package org.eduroadmap.roadmap;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.eduroadmap.base.ChangeFollower;
import org.eduroadmap.base.DataVersion;

/**
 * Moves the Roadmap's own data version on with every change of what its figures are read from: the Roadmap, its
 * action areas and activities (whose changes also recount the area tallies and open activities by end date).
 */
@Component
class RoadmapChanges implements ChangeFollower {

    /** The Roadmap's row in {@code data_version}. */
    static final int PART = 2;

    private final ObjectProvider<DataVersion> version;

    RoadmapChanges(ObjectProvider<DataVersion> version) {
        this.version = version;
    }

    @Override
    public void changed(List<Object> records) {
        if (records.stream().anyMatch(record -> record instanceof Roadmap || record instanceof ActionArea
                || record instanceof Activity || record instanceof AreaTally)) {
            version.getObject().moveOn(PART);
        }
    }
}
