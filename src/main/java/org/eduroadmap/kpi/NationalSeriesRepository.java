package org.eduroadmap.kpi;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NationalSeriesRepository extends JpaRepository<NationalSeries, Long> {

    /** The KPI's series, locked until the transaction ends, so two approvals of one KPI write one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from NationalSeries s where s.kpiId = :kpiId")
    Optional<NationalSeries> findForUpdate(long kpiId);

    /** Every series, locked until the transaction ends: rebuilding them all waits for approvals under way. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from NationalSeries s")
    List<NationalSeries> findAllForUpdate();
}
