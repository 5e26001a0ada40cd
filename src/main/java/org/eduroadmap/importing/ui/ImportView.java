package org.eduroadmap.importing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.importing.ImportPreview;
import org.eduroadmap.importing.ImportRefused;
import org.eduroadmap.importing.ImportService;
import org.eduroadmap.importing.ImportTemplates;
import org.eduroadmap.importing.RowProblem;
import org.eduroadmap.kpi.MeasurementBatchService.KpiCode;
import org.eduroadmap.security.Role;

/**
 * Importing KPI values from a file: templates to fill in, an upload that is always checked first
 * (dry run: counts and every invalid row), then the import itself, with progress for large files.
 */
@Route("kpis/import")
@RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
class ImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int MAX_KPI_LINKS = 10;
    private static final int FEW_PROBLEMS = 20;

    private final ImportService imports;
    private final SecurityContextHolderStrategy securityContext;

    /** Runs the dry run and the import off the request thread; tests run them in place. */
    Executor executor = task -> Thread.ofVirtual().name("measurement-import").start(task);

    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div(progressBar, progressText);
    private final Paragraph message = new Paragraph();
    private final H3 previewHeading = new H3();
    private final Div counts = new Div();
    private final Paragraph allValid = new Paragraph();
    private final Grid<RowProblem> problems = new Grid<>();
    private final Checkbox validRowsOnly = new Checkbox();
    private final Button importButton = new Button();
    private final Div kpiLinks = new Div();
    private final Upload upload = new Upload();

    private Path file;
    private String fileName;
    private ImportPreview preview;

    ImportView(ImportService imports, ImportTemplates templates, SecurityContextHolderStrategy securityContext) {
        this.imports = imports;
        this.securityContext = securityContext;
        addClassNames("page", "import-page");

        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("muted");

        add(intro, templates(templates), upload(), progress, message, previewHeading, counts, allValid, problems,
                validRowsOnly, importButton, kpiLinks);

        progress.addClassName("import-progress");
        progressBar.setIndeterminate(true);
        progress.setVisible(false);
        message.setVisible(false);
        counts.addClassName("import-counts");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(RowProblem::line).setHeader(getTranslation("import.problem.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column())
                .setHeader(getTranslation("import.problem.column")).setKey("column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.argumentArray()))
                .setHeader(getTranslation("import.problem.message")).setKey("message").setFlexGrow(1)
                .setTooltipGenerator(problem -> getTranslation(problem.messageKey(), problem.argumentArray()));
        validRowsOnly.setLabel(getTranslation("import.validRowsOnly"));
        validRowsOnly.addValueChangeListener(change -> updateImportButton());
        importButton.setText(getTranslation("import.button"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> startImport());
        kpiLinks.addClassName("import-kpi-links");
        showPreview(null);
    }

    private Div templates(ImportTemplates templates) {
        List<KpiCode> kpis = templates.kpis();
        Select<String> kpi = new Select<>();
        kpi.setLabel(getTranslation("import.template.kpi"));
        kpi.setItems(kpis.stream().map(KpiCode::code).toList());
        kpi.setEmptySelectionAllowed(true);
        kpi.setEmptySelectionCaption(getTranslation("import.template.allKpis"));
        Locale locale = getLocale();
        kpi.setItemLabelGenerator(code -> code == null ? getTranslation("import.template.allKpis")
                : code + " · " + kpis.stream().filter(k -> k.code().equals(code)).findFirst()
                .map(k -> k.name().in(locale)).orElse(""));
        kpi.setWidth("min(100%, 28rem)");
        Anchor xlsx = new Anchor(xlsx(templates, null, locale), AttachmentType.DOWNLOAD,
                getTranslation("import.template.xlsx"));
        Anchor csv = new Anchor(csv(templates, null), AttachmentType.DOWNLOAD, getTranslation("import.template.csv"));
        xlsx.addClassName("import-template-xlsx");
        csv.addClassName("import-template-csv");
        kpi.addValueChangeListener(change -> {
            xlsx.setHref(xlsx(templates, change.getValue(), locale), AttachmentType.DOWNLOAD);
            csv.setHref(csv(templates, change.getValue()), AttachmentType.DOWNLOAD);
        });
        Div links = new Div(xlsx, csv);
        links.addClassName("import-template-links");
        Div section = new Div(kpi, links);
        section.addClassName("import-templates");
        return section;
    }

    private static DownloadHandler xlsx(ImportTemplates templates, String kpiCode, Locale locale) {
        return event -> {
            event.setFileName(ImportTemplates.fileName(kpiCode, "xlsx"));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                templates.writeXlsx(kpiCode, locale, out);
            }
        };
    }

    private static DownloadHandler csv(ImportTemplates templates, String kpiCode) {
        return event -> {
            event.setFileName(ImportTemplates.fileName(kpiCode, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                templates.writeCsv(kpiCode, out);
            }
        };
    }

    private Upload upload() {
        long max = imports.maxFileBytes();
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button"))
                .setMany(getTranslation("import.upload.button")));
        upload.setI18n(i18n);
        // The raw request body, not multipart: Spring Boot's 1 MB multipart limit would refuse what we accept.
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        String megabytes = String.valueOf(Math.max(1, max / (1024 * 1024)));
        Paragraph hint = new Paragraph(getTranslation("import.upload.hint", megabytes));
        hint.addClassName("muted");
        upload.setDropLabel(hint);
        upload.addFileRejectedListener(rejected -> showMessage(getTranslation("import.upload.rejected", megabytes), true));
        // Streams to a temporary file, at most one byte past the limit, so the service can refuse a larger file.
        upload.setUploadHandler((UploadHandler) event -> {
            String name = event.getFileName();
            Path temp = Files.createTempFile("eduroadmap-import-", ".upload");
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                copyAtMost(in, out, max + 1);
            }
            UI ui = event.getUI();
            ui.access(() -> {
                upload.clearFileList();
                uploaded(name, temp);
            });
        });
        return upload;
    }

    private static void copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int n;
        while (copied < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) > 0) {
            out.write(buffer, 0, n);
            copied += n;
        }
    }

    /** A file arrived: keep it for the import and run the dry run on it straight away. */
    void uploaded(String name, Path path) {
        discardFile();
        file = path;
        fileName = name;
        showPreview(null);
        message.setVisible(false);
        kpiLinks.removeAll();
        progressBar.setIndeterminate(true);
        run(getTranslation("import.dryRun.running"), () -> imports.dryRun(name, path, this::rowsRead), this::showPreview);
    }

    private void startImport() {
        if (preview == null || file == null) {
            return;
        }
        Path path = file;
        String name = fileName;
        boolean skipInvalid = validRowsOnly.getValue();
        progressBar.setIndeterminate(false);
        progressBar.setMin(0);
        progressBar.setMax(Math.max(1, preview.rows()));
        progressBar.setValue(0);
        run(getTranslation("import.import.running"), () -> imports.importFile(name, path, skipInvalid, this::rowsRead),
                done -> {
                    discardFile();
                    showPreview(null);
                    showMessage(getTranslation("import.done", done.newRows(), done.changedRows(), done.fileName()), false);
                    showKpiLinks(done);
                });
    }

    private void rowsRead(long rows) {
        UI ui = getUI().orElse(null);
        if (ui != null) {
            onUi(ui, () -> {
                progressText.setText(getTranslation("import.rowsRead", rows));
                if (!progressBar.isIndeterminate()) {
                    progressBar.setValue(Math.min(rows, progressBar.getMax()));
                }
            });
        }
    }

    /** Runs a service call off the request thread as the signed-in user, then shows its outcome. */
    private <T> void run(String running, Supplier<T> task, Consumer<T> done) {
        UI ui = UI.getCurrent();
        SecurityContext user = securityContext.getContext();
        busy(ui, running, true);
        executor.execute(() -> {
            SecurityContext before = securityContext.getContext();
            securityContext.setContext(user);
            try {
                T result = task.get();
                onUi(ui, () -> {
                    busy(ui, null, false);
                    done.accept(result);
                });
            } catch (ImportRefused refused) {
                onUi(ui, () -> {
                    busy(ui, null, false);
                    showPreview(refused.preview());
                    showMessage(getTranslation("import.refused", refused.preview().invalidRows()), true);
                });
            } catch (RuleViolation refused) {
                onUi(ui, () -> {
                    busy(ui, null, false);
                    showPreview(null);
                    showMessage(getTranslation(refused.messageKey(), refused.arguments()), true);
                });
            } catch (RuntimeException failure) {
                log.error("Import of {} failed", fileName, failure);
                onUi(ui, () -> {
                    busy(ui, null, false);
                    showMessage(getTranslation("error.title"), true);
                });
            } finally {
                securityContext.setContext(before);
            }
        });
    }

    private static void onUi(UI ui, Runnable action) {
        if (ui.getSession() != null && ui.getSession().hasLock()) {
            action.run();
            return;
        }
        try {
            ui.access(action::run);
        } catch (UIDetachedException gone) {
            // The user left the page; the outcome has nowhere to go.
        }
    }

    private void busy(UI ui, String running, boolean busy) {
        progress.setVisible(busy);
        progressText.setText(running == null ? "" : running);
        importButton.setEnabled(false);
        upload.getElement().setEnabled(!busy);
        // Polling carries background progress to the browser without server push.
        ui.setPollInterval(busy ? 500 : -1);
        if (!busy) {
            updateImportButton();
        }
    }

    private void showPreview(ImportPreview shown) {
        preview = shown;
        boolean visible = shown != null;
        previewHeading.setVisible(visible);
        counts.setVisible(visible);
        counts.removeAll();
        validRowsOnly.setValue(false);
        validRowsOnly.setVisible(visible && shown.invalidRows() > 0);
        allValid.setVisible(visible && shown.invalidRows() == 0);
        allValid.setText(getTranslation("import.allValid"));
        problems.setVisible(visible && shown.invalidRows() > 0);
        importButton.setVisible(visible);
        if (visible) {
            previewHeading.setText(getTranslation("import.dryRun.heading", shown.fileName()));
            counts.add(count("rows", shown.rows()), count("new", shown.newRows()), count("changed", shown.changedRows()),
                    count("unchanged", shown.unchangedRows()), count("invalid", shown.invalidRows()));
            List<RowProblem> rows = shown.problems();
            problems.setItems(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()), query -> rows.size());
            // A few problems are shown whole; many scroll inside the grid, fetched a page at a time.
            problems.setAllRowsVisible(rows.size() <= FEW_PROBLEMS);
            problems.setHeight(rows.size() <= FEW_PROBLEMS ? null : "24rem");
        }
        updateImportButton();
    }

    private Span count(String kind, long value) {
        Span label = new Span(getTranslation("import.count." + kind));
        label.addClassName("import-count-label");
        Span number = new Span(String.valueOf(value));
        number.addClassName("import-count-value");
        Span count = new Span(label, number);
        count.addClassNames("import-count", "import-count-" + kind);
        return count;
    }

    private void updateImportButton() {
        importButton.setEnabled(preview != null && file != null && preview.toWrite() > 0
                && (preview.invalidRows() == 0 || validRowsOnly.getValue()) && !progress.isVisible());
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.setClassName("import-error", error);
        message.setClassName("import-done", !error);
        message.setVisible(true);
    }

    private void showKpiLinks(ImportPreview done) {
        kpiLinks.removeAll();
        kpiLinks.add(new Span(getTranslation("import.approve")));
        done.kpiCodes().stream().limit(MAX_KPI_LINKS).forEach(code -> kpiLinks.add(new Anchor("kpis/" + code, code)));
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardFile();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · EduRoadmap";
    }
}
