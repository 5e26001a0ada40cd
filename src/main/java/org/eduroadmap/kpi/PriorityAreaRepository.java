package org.eduroadmap.kpi;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityAreaRepository extends JpaRepository<PriorityArea, Long> {
}
