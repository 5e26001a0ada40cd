package org.eduroadmap.kpi.ui;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.base.Formats;
import org.eduroadmap.base.ui.GridExport;
import org.eduroadmap.kpi.MeasurementRow;
import org.eduroadmap.kpi.MeasurementService;
import org.eduroadmap.kpi.MeasurementStatus;
import org.eduroadmap.security.Role;
import org.eduroadmap.kpi.MeasurementRules;

/**
 * Every recorded value of a KPI with its workflow status. Managers submit their drafts; administrators
 * approve or return submitted values with a reason. Others read.
 */
class MeasurementHistory extends Composite<Div> {

    private final MeasurementService service;
    private final Role role;
    private final Runnable afterChange;
    private final Grid<MeasurementRow> grid = new Grid<>();

    MeasurementHistory(MeasurementService service, Role role, Runnable afterChange) {
        this.service = service;
        this.role = role;
        this.afterChange = afterChange;
        grid.addColumn(row -> String.valueOf(row.year())).setHeader(getTranslation("measurement.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.region() == null ? getTranslation("dashboard.national") : row.region().in(getLocale()))
                .setHeader(getTranslation("measurement.region")).setAutoWidth(true);
        grid.addColumn(row -> Formats.number(row.value(), row.decimals(), getLocale()))
                .setHeader(getTranslation("measurement.value")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("kpi.status")).setAutoWidth(true);
        grid.addColumn(row -> row.source() == null ? "" : row.source()).setHeader(getTranslation("measurement.source"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("measurement.actions"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("measurement.empty"));
        grid.setHeight("24rem");
        Div card = getContent();
        card.addClassName("card");
        GridExport<MeasurementRow> export = new GridExport<>(grid, "measurements")
                .column(getTranslation("kpi.code"), MeasurementRow::kpiCode)
                .column(getTranslation("measurement.year"), MeasurementRow::year)
                .column(getTranslation("export.regionCode"), MeasurementRow::regionCode)
                .column(getTranslation("measurement.region"), row -> row.region() == null
                        ? getTranslation("dashboard.national") : row.region().in(getLocale()))
                .column(getTranslation("measurement.value"), MeasurementRow::value)
                .column(getTranslation("kpi.status"), row -> getTranslation("measurement.status."
                        + row.status().name()))
                .column(getTranslation("measurement.source"), MeasurementRow::source)
                .column(getTranslation("export.comment"), MeasurementRow::comment)
                .column(getTranslation("export.recordedBy"), MeasurementRow::createdBy);
        Div heading = new Div(new H2(getTranslation("measurement.history")), export);
        heading.addClassName("card-heading");
        card.add(heading, grid);
    }

    void setItems(List<MeasurementRow> rows) {
        grid.setItems(rows);
    }

    private Span status(MeasurementRow row) {
        Span status = new Span(getTranslation("measurement.status." + row.status().name()));
        status.addClassNames("request-status", "measurement-status-" + row.status().name());
        if (row.returnReason() != null) {
            status.getElement().setAttribute("title", row.returnReason());
        }
        return status;
    }

    private Component actions(MeasurementRow row) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        boolean editable = row.status() == MeasurementStatus.DRAFT || row.status() == MeasurementStatus.RETURNED;
        if (role == Role.PROJECT_MANAGER && editable) {
            actions.add(button("measurement.submit", () -> service.submit(row.id(), row.version())));
        }
        if (role == Role.ADMIN && row.status() == MeasurementStatus.SUBMITTED) {
            actions.add(button("measurement.approve", () -> service.approve(row.id(), row.version())));
            Button back = new Button(getTranslation("measurement.return"), click -> askReason(row));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(back);
        }
        return actions;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> run(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void askReason(MeasurementRow row) {
        TextArea reason = new TextArea(getTranslation("measurement.returnReason"));
        reason.setWidthFull();
        reason.setMaxLength(MeasurementRules.COMMENT_LENGTH);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("measurement.return"));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("measurement.return"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> run(() -> service.returnForChanges(row.id(), row.version(),
                reason.getValue())));
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            afterChange.run();
        } catch (RuleViolation refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            error(getTranslation("measurement.error.conflict"));
            afterChange.run();
        }
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
