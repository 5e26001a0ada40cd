package org.eduroadmap.kpi;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriorityAreaRepository extends JpaRepository<PriorityArea, Long> {

    @Query("select new org.eduroadmap.kpi.PriorityAreaChoice(a.code, a.name) from PriorityArea a order by a.sortOrder")
    List<PriorityAreaChoice> findChoices();

    java.util.Optional<PriorityArea> findByCode(String code);
}
