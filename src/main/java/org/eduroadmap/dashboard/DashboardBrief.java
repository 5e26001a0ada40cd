package org.eduroadmap.dashboard;

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

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.eduroadmap.assistance.RequestStatus;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.Language;
import org.eduroadmap.base.export.PdfParts;
import org.eduroadmap.kpi.KpiOverview;
import org.eduroadmap.kpi.KpiStatus;
import org.eduroadmap.organisation.OrganisationService;

/**
 * The printable brief of the dashboard for the chosen filters, in the reader's language: headline
 * numbers, the KPIs with their status, the Roadmap and the request pipeline on one or two A4 pages.
 * The embedded DejaVu Sans font has the Cyrillic and Turkmen Latin letters.
 */
@Service
public class DashboardBrief {

    private static final Map<KpiStatus, Color> STATUS_COLOURS = Map.of(KpiStatus.ON_TRACK, new Color(0x1b7f3b),
            KpiStatus.AT_RISK, new Color(0xb26a00), KpiStatus.OFF_TRACK, new Color(0xc62828),
            KpiStatus.NO_DATA, new Color(0x6b7280));
    private static final Map<KpiStatus, String> STATUS_SYMBOLS = Map.of(KpiStatus.ON_TRACK, "✔",
            KpiStatus.AT_RISK, "▲", KpiStatus.OFF_TRACK, "✖", KpiStatus.NO_DATA, "?");

    private final DashboardService dashboard;
    private final OrganisationService organisations;
    private final MessageSource messages;
    private final Clock clock;
    private final boolean demoData;
    private final BaseFont regular = PdfParts.regular();
    private final BaseFont bold = PdfParts.bold();

    DashboardBrief(DashboardService dashboard, OrganisationService organisations, MessageSource messages, Clock clock,
                   @Value("${eduroadmap.demo-data:false}") boolean demoData) {
        this.dashboard = dashboard;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
        this.demoData = demoData;
    }

    /** The brief as PDF bytes. Anyone who may see the dashboard may print it. */
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(int year, String priorityAreaCode, String regionCode, Locale locale) {
        DashboardData data = dashboard.dashboard(year, priorityAreaCode, regionCode);
        Locale language = Language.of(locale).locale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("EduRoadmap · " + text(language, "brief.title"));
        document.open();
        new Page(document, language, data).write();
        document.close();
        return out.toByteArray();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** One brief being written: the document, the reader's language and the data. */
    private final class Page {

        private final Document document;
        private final Locale locale;
        private final DashboardData data;

        Page(Document document, Locale locale, DashboardData data) {
            this.document = document;
            this.locale = locale;
            this.data = data;
        }

        void write() {
            add(new Paragraph("EduRoadmap · " + text(locale, "brief.title"), new Font(bold, 18)));
            String scope = text(locale, "brief.scope", String.valueOf(data.year()),
                    data.regionCode() == null ? text(locale, "dashboard.national") : regionName(data.regionCode()),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.now(clock)));
            add(new Paragraph(scope, new Font(regular, 10, Font.NORMAL, Color.DARK_GRAY)));
            if (demoData) {
                add(new Paragraph(text(locale, "layout.demoData.hint"), new Font(regular, 9, Font.ITALIC,
                        new Color(0xb26a00))));
            }
            add(new Paragraph(" "));
            add(new Paragraph(summary(), new Font(bold, 12)));
            add(new Paragraph(" "));
            add(kpiTable());
            add(new Paragraph(" "));
            data.roadmap().ifPresent(roadmap -> {
                add(new Paragraph(text(locale, "nav.roadmap"), new Font(bold, 13)));
                add(new Paragraph(roadmap.title().in(locale) + " — "
                        + text(locale, "roadmap.status." + roadmap.status().name()), new Font(regular, 10)));
                add(new Paragraph(text(locale, "brief.roadmap", whole(roadmap.progressPercent()),
                        String.valueOf(roadmap.overdue()), String.valueOf(roadmap.dueNext30Days())),
                        new Font(regular, 10)));
                add(new Paragraph(" "));
            });
            add(new Paragraph(text(locale, "dashboard.pipeline"), new Font(bold, 13)));
            add(pipelineTable());
        }

        private String regionName(String code) {
            return organisations.regions().stream().filter(region -> region.getCode().equals(code)).findFirst()
                    .map(region -> region.nameIn(locale)).orElse(code);
        }

        private String summary() {
            Map<KpiStatus, Long> counts = data.statusCounts();
            StringBuilder line = new StringBuilder();
            for (KpiStatus status : KpiStatus.values()) {
                if (!line.isEmpty()) {
                    line.append(" · ");
                }
                line.append(text(locale, "kpi.status." + status.name())).append(": ").append(counts.get(status));
            }
            return line.toString();
        }

        private PdfPTable kpiTable() {
            PdfPTable table = new PdfPTable(new float[]{40, 18, 12, 13, 17});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : List.of(text(locale, "kpi.name"), text(locale, "kpi.latestApproved"),
                    text(locale, "kpi.targetYear", String.valueOf(data.year())), text(locale, "brief.progress"),
                    text(locale, "kpi.status"))) {
                table.addCell(cell(header, new Font(bold, 9), PdfParts.HEADER_BACKGROUND));
            }
            for (KpiOverview kpi : data.kpis()) {
                Font font = new Font(regular, 9);
                table.addCell(cell(kpi.name().in(locale), font, null));
                table.addCell(cell(kpi.latestValue() == null ? text(locale, "kpi.noData")
                        : number(kpi.latestValue(), kpi.decimals()) + " (" + kpi.latestYear() + ")", font, null));
                table.addCell(cell(number(kpi.target(), kpi.decimals()), font, null));
                table.addCell(cell(kpi.progressPercent() == null ? "–" : number(kpi.progressPercent(), 0) + "\u00a0%", font,
                        null));
                Font status = new Font(bold, 9, Font.NORMAL, STATUS_COLOURS.get(kpi.status()));
                table.addCell(cell(STATUS_SYMBOLS.get(kpi.status()) + " " + text(locale, "kpi.status." + kpi.status().name()),
                        status, null));
            }
            return table;
        }

        private PdfPTable pipelineTable() {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (Map.Entry<RequestStatus, Long> entry : data.requestPipeline().entrySet()) {
                if (entry.getValue() == 0) {
                    continue;
                }
                table.addCell(cell(text(locale, "request.status." + entry.getKey().name()), new Font(regular, 9), null));
                table.addCell(cell(String.valueOf(entry.getValue()), new Font(regular, 9), null));
            }
            return table;
        }

        private String number(BigDecimal value, int decimals) {
            return Formats.number(value, decimals, locale);
        }

        private String whole(double value) {
            return number(BigDecimal.valueOf(value), 0);
        }

        private void add(Element element) {
            document.add(element);
        }
    }
}
