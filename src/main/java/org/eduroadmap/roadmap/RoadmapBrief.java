package org.eduroadmap.roadmap;

import static org.eduroadmap.base.export.PdfParts.cell;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.eduroadmap.base.Formats;
import org.eduroadmap.base.Language;
import org.eduroadmap.base.export.PdfParts;
import org.eduroadmap.roadmap.BaselineService.BaselineComparison;
import org.eduroadmap.roadmap.BaselineService.Slip;

/**
 * The Roadmap on paper for a meeting, in the reader's language: its status and progress, then every activity
 * under the chosen filters, grouped by action area, with dates, status, overdue items marked and, when a
 * baseline is chosen, the days each one slipped against it. A4 landscape.
 */
@Service
public class RoadmapBrief {

    private static final Color OVERDUE = new Color(0xc62828);
    private static final Color AREA_BACKGROUND = new Color(0xe3f2fd);

    private final RoadmapService roadmap;
    private final BaselineService baselines;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean demoData;
    private final BaseFont regular = PdfParts.regular();
    private final BaseFont bold = PdfParts.bold();

    RoadmapBrief(RoadmapService roadmap, BaselineService baselines, MessageSource messages, Clock clock,
                 @Value("${eduroadmap.demo-data:false}") boolean demoData) {
        this.roadmap = roadmap;
        this.baselines = baselines;
        this.messages = messages;
        this.clock = clock;
        this.demoData = demoData;
    }

    /** The PDF for the filters (and baseline, or null) the reader has chosen. Anyone who may read the Roadmap. */
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(ActivityFilter filter, Long baselineId, Locale locale) {
        Locale language = Language.of(locale).locale();
        BaselineComparison comparison = baselineId == null ? null : baselines.compare(baselineId).orElse(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("EduRoadmap · " + text(language, "nav.roadmap"));
        document.open();
        write(document, language, roadmap.timeline(filter), comparison);
        document.close();
        return out.toByteArray();
    }

    private void write(Document document, Locale locale, List<ActivityRow> rows, BaselineComparison comparison) {
        LocalDate today = LocalDate.now(clock);
        document.add(new Paragraph("EduRoadmap · " + text(locale, "nav.roadmap"), new Font(bold, 18)));
        roadmap.summary().ifPresent(summary -> {
            document.add(new Paragraph(summary.title().in(locale) + " — "
                    + text(locale, "roadmap.status." + summary.status().name()), new Font(bold, 11)));
            document.add(new Paragraph(text(locale, "brief.roadmap",
                    Formats.number(BigDecimal.valueOf(summary.progressPercent()), 0, locale),
                    String.valueOf(summary.overdue()), String.valueOf(summary.dueNext30Days())),
                    new Font(regular, 10)));
        });
        String printed = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(today);
        document.add(new Paragraph(comparison == null ? text(locale, "roadmapBrief.printed", printed)
                : text(locale, "roadmapBrief.printedAgainst", printed, comparison.name()),
                new Font(regular, 9, Font.NORMAL, Color.DARK_GRAY)));
        if (demoData) {
            document.add(new Paragraph(text(locale, "layout.demoData.hint"), new Font(regular, 9, Font.ITALIC,
                    new Color(0xb26a00))));
        }
        document.add(new Paragraph(" "));
        if (rows.isEmpty()) {
            document.add(new Paragraph(text(locale, "roadmapBrief.none"), new Font(regular, 10)));
            return;
        }
        document.add(table(locale, rows, comparison, today));
    }

    private PdfPTable table(Locale locale, List<ActivityRow> rows, BaselineComparison comparison, LocalDate today) {
        Map<Long, Long> slips = comparison == null ? Map.of() : comparison.slipped().stream()
                .collect(Collectors.toMap(Slip::activityId, Slip::days));
        List<String> headers = List.of(text(locale, "activity.title"), text(locale, "activity.responsible"),
                text(locale, "activity.planned"), text(locale, "activity.actual"), text(locale, "activity.percent"),
                text(locale, "activity.status"), text(locale, "roadmapBrief.slip"));
        PdfPTable table = new PdfPTable(new float[]{34, 14, 15, 15, 5, 11, 6});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(header -> table.addCell(cell(header, new Font(bold, 8), PdfParts.HEADER_BACKGROUND)));
        String area = null;
        for (ActivityRow row : rows) {
            if (!row.actionAreaCode().equals(area)) {
                area = row.actionAreaCode();
                PdfPCell heading = cell(row.actionAreaCode() + " · " + row.actionArea().in(locale), new Font(bold, 9),
                        AREA_BACKGROUND);
                heading.setColspan(headers.size());
                table.addCell(heading);
            }
            boolean milestone = row.kind() == ActivityKind.MILESTONE;
            boolean overdue = row.isOverdue(today);
            Font font = new Font(regular, 8);
            table.addCell(cell((milestone ? "◆ " : "") + row.title().in(locale), font, null));
            table.addCell(cell(row.responsible() == null ? "–" : row.responsible(), font, null));
            table.addCell(cell(milestone ? date(row.plannedStart(), locale)
                    : date(row.plannedStart(), locale) + " – " + date(row.plannedEnd(), locale), font, null));
            table.addCell(cell(row.actualStart() == null && row.actualEnd() == null ? "–" : milestone
                    ? date(row.actualEnd(), locale)
                    : date(row.actualStart(), locale) + " – " + date(row.actualEnd(), locale), font, null));
            table.addCell(cell(milestone ? "" : row.percentComplete() + "\u00a0%", font, null));
            String status = text(locale, "activity.status." + row.status().name());
            table.addCell(overdue ? cell("⚠ " + status + " · " + text(locale, "activity.overdue"),
                    new Font(bold, 8, Font.NORMAL, OVERDUE), null) : cell(status, font, null));
            Long slip = slips.get(row.id());
            table.addCell(cell(slip == null ? "" : "+" + slip, slip == null ? font : new Font(bold, 8), null));
        }
        return table;
    }

    private static String date(LocalDate date, Locale locale) {
        return date == null ? "…" : Formats.date(date, locale);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
