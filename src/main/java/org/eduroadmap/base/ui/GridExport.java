package org.eduroadmap.base.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.eduroadmap.base.export.TableExport;

/**
 * "CSV" and "Excel" download links for a grid: what the grid shows under its current filters and sorting, every
 * row rather than the loaded page, with the given columns (headers in the user's language; raw numbers and dates
 * rather than their display form, so a spreadsheet can compute with them).
 */
public class GridExport<T> extends Composite<Span> {

    private record Column<T>(String header, Function<T, ?> value) {
    }

    private static final int PAGE = 500;

    private final Grid<T> grid;
    private final String name;
    private final List<Column<T>> columns = new ArrayList<>();

    /** {@code name} starts the file name and names the sheet, e.g. "kpis" gives kpis-2026-11-28.xlsx. */
    public GridExport(Grid<T> grid, String name) {
        this.grid = grid;
        this.name = name;
        Span content = getContent();
        content.addClassName("grid-export");
        content.add(link("CSV", "csv", "text/csv; charset=UTF-8", VaadinIcon.FILE_TEXT_O),
                link("Excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        VaadinIcon.FILE_TABLE));
    }

    public GridExport<T> column(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, value));
        return this;
    }

    private Anchor link(String label, String extension, String contentType, VaadinIcon icon) {
        Anchor anchor = downloadLink((DownloadEvent event) -> {
            event.setFileName(name + "-" + LocalDate.now() + "." + extension);
            event.setContentType(contentType);
            List<List<Object>> rows = rows(event.getUI());
            try (OutputStream out = event.getOutputStream()) {
                List<String> headers = columns.stream().map(Column::header).toList();
                if ("csv".equals(extension)) {
                    TableExport.csv(headers, rows, out);
                } else {
                    TableExport.xlsx(name, headers, rows, out);
                }
            }
        }, label, icon, getTranslation("export.title", label));
        anchor.addClassName("export-" + extension);
        return anchor;
    }

    /** A download that looks like the toolbar's other buttons: a link wrapping a tertiary button. */
    public static Anchor downloadLink(DownloadHandler handler, String label, VaadinIcon icon, String title) {
        Anchor anchor = new Anchor(handler, "");
        anchor.setDownload(true);
        Button button = new Button(label, icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.getElement().setAttribute("title", title);
        return anchor;
    }

    /** Adds another download (a printable document, say) beside the CSV and Excel links. */
    public GridExport<T> add(Anchor download) {
        getContent().add(download);
        return this;
    }

    /**
     * Every row under the grid's current filter and sort order, read page by page from its data provider (as the
     * grid itself does) with the user's session held.
     */
    @SuppressWarnings("unchecked")
    List<List<Object>> rows(UI ui) {
        List<List<Object>> rows = new ArrayList<>();
        ui.accessSynchronously(() -> {
            DataProvider<T, Object> provider = (DataProvider<T, Object>) grid.getDataProvider();
            for (int offset = 0; ; offset += PAGE) {
                List<T> page = provider.fetch(grid.getDataCommunicator().buildQuery(offset, PAGE)).toList();
                page.forEach(item -> rows.add(columns.stream().map(column -> (Object) column.value().apply(item))
                        .toList()));
                if (page.size() < PAGE) {
                    break;
                }
            }
        });
        return rows;
    }
}
