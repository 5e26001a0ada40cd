package org.eduroadmap.importing;

/**
 * An import refused because some rows are invalid and the user did not choose to import only the
 * valid ones. Nothing was written: the transaction is rolled back.
 */
public class ImportRefused extends RuntimeException {

    private final transient ImportPreview preview;

    ImportRefused(ImportPreview preview) {
        super(preview.invalidRows() + " invalid rows in " + preview.fileName());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
