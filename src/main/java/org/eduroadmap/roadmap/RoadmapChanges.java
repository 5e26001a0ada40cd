package org.eduroadmap.roadmap;

import java.util.Set;

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
    public Object noted(Object record) {
        return record instanceof Roadmap || record instanceof ActionArea || record instanceof Activity
                || record instanceof AreaTally ? PART : null;
    }

    @Override
    public void changed(Set<Object> noted) {
        version.getObject().moveOn(PART);
    }
}
