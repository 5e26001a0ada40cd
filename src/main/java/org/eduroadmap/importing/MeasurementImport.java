package org.eduroadmap.importing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The record of one import: who, when, which file, its counts, and whether invalid rows were skipped. Never edited. */
@Entity
public class MeasurementImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String importedBy;

    @Column(nullable = false)
    private Instant importedAt;

    private boolean validRowsOnly;

    private int rowsNew;

    private int rowsChanged;

    private int rowsUnchanged;

    private int rowsInvalid;

    protected MeasurementImport() {
    }

    MeasurementImport(ImportPreview done, boolean validRowsOnly, String importedBy, Instant importedAt) {
        this.fileName = done.fileName();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.validRowsOnly = validRowsOnly;
        this.rowsNew = (int) done.newRows();
        this.rowsChanged = (int) done.changedRows();
        this.rowsUnchanged = (int) done.unchangedRows();
        this.rowsInvalid = (int) done.invalidRows();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public boolean isValidRowsOnly() {
        return validRowsOnly;
    }

    public int getRowsInvalid() {
        return rowsInvalid;
    }
}
