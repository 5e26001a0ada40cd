package org.eduroadmap.roadmap;

import java.util.Collection;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each action area's {@link AreaTally} in step with its activities: every change of an activity recounts
 * its area in the same transaction (the tally row locked meanwhile), and every start of the application
 * recounts all areas, so data written by other means (demo or scale data, a restored backup) is counted too.
 */
@Component
@Order(100)
class RoadmapTallies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadmapTallies.class);

    private final AreaTallyRepository tallies;
    private final ActionAreaRepository areas;

    RoadmapTallies(AreaTallyRepository tallies, ActionAreaRepository areas) {
        this.tallies = tallies;
        this.areas = areas;
    }

    /** Recounts the areas, in id order so that two transactions never wait for each other in a circle. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recount(Collection<Long> areaIds) {
        for (long areaId : new TreeSet<>(areaIds)) {
            AreaTally tally = tallies.findForUpdate(areaId).orElseGet(() -> new AreaTally(areaId));
            AreaTallyRepository.Sums sums = tallies.count(areaId);
            tally.set(sums.activities().longValue(), sums.percentSum().longValue(), sums.plannedDays().longValue(),
                    sums.weightedDays().longValue());
            tallies.save(tally);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        recount(areas.findAll().stream().map(ActionArea::getId).toList());
        log.info("Roadmap progress recounted in {} ms.", (System.nanoTime() - started) / 1_000_000);
    }
}
