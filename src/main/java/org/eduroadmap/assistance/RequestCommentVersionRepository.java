package org.eduroadmap.assistance;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestCommentVersionRepository extends JpaRepository<RequestCommentVersion, Long> {
}
