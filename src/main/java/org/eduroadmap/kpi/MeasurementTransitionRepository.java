package org.eduroadmap.kpi;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementTransitionRepository extends JpaRepository<MeasurementTransition, Long> {

    @Query("""
            select new org.eduroadmap.kpi.TransitionRow(t.fromStatus, t.toStatus, t.actor, t.occurredAt, t.reason)
            from MeasurementTransition t where t.measurement.id = :measurementId order by t.occurredAt, t.id
            """)
    List<TransitionRow> findForMeasurement(Long measurementId);
}
