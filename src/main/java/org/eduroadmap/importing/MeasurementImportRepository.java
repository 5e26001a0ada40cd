package org.eduroadmap.importing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasurementImportRepository extends JpaRepository<MeasurementImport, Long> {

    List<MeasurementImport> findByFileNameOrderByImportedAtDesc(String fileName);
}
