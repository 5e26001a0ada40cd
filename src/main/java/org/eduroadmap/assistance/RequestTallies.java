package org.eduroadmap.assistance;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.eduroadmap.base.KeptCounts;

/**
 * Keeps {@code request_tally} in step with the requests: how many each office holds in each status, split by
 * whether the ministry has sent them (what an advisor's pipeline needs). A change of a request's office, status
 * or sending moves one request from its old count to its new one in the same transaction, each count updated in
 * place so that two changes never lose each other; every start recounts all (the counts locked meanwhile), so
 * requests written by other means (demo or scale data, a restored backup) are counted too.
 */
@Component
@Order(100)
class RequestTallies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RequestTallies.class);

    /** Where a request is counted. */
    record Place(long officeId, RequestStatus status, boolean sent) {

        static Place of(AssistanceRequest request) {
            return new Place(request.getAddressedOrganisation().getId(), request.getStatus(),
                    request.getSubmittedAt() != null);
        }
    }

    /** One order for every transaction's updates, so that two never wait for each other in a circle. */
    private static final Comparator<Place> ORDER = Comparator.comparingLong(Place::officeId)
            .thenComparing(Place::status).thenComparing(Place::sent);

    private final JdbcTemplate jdbc;

    RequestTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a request where it now is, and no longer where it was ({@code null} for a new request). */
    @Transactional(propagation = Propagation.MANDATORY)
    void moved(Place from, Place to) {
        if (to.equals(from)) {
            return;
        }
        if (from == null) {
            add(to, 1);
        } else if (ORDER.compare(from, to) < 0) {
            add(from, -1);
            add(to, 1);
        } else {
            add(to, 1);
            add(from, -1);
        }
    }

    private void add(Place place, long change) {
        if (jdbc.update("update request_tally set requests = requests + ? where addressed_org_id = ? and status = ?"
                + " and sent = ?", change, place.officeId(), place.status().name(), place.sent()) == 0) {
            // A place never counted before; another transaction may be counting its first request too.
            if (!KeptCounts.insertIfAbsent(jdbc, "insert into request_tally (addressed_org_id, status, sent, requests)"
                    + " values (?, ?, ?, ?)", new Object[]{place.officeId(), place.status().name(), place.sent(),
                    change})) {
                add(place, change);
            }
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        KeptCounts.Rebuilt rebuilt = KeptCounts.rebuild(jdbc, "request_tally",
                List.of("addressed_org_id", "status", "sent"), "requests", """
                select addressed_org_id, status, sent, count(*) from (
                    select addressed_org_id, status, submitted_at is not null as sent from assistance_request) r
                group by addressed_org_id, status, sent""");
        log.info("Requests recounted by office and status in {} ms: {} counts changed, {} new.",
                (System.nanoTime() - started) / 1_000_000, rebuilt.changed(), rebuilt.added());
    }
}
