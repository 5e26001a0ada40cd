package org.eduroadmap.roadmap;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionAreaRepository extends JpaRepository<ActionArea, Long> {
}
