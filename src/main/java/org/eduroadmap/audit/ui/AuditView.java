package org.eduroadmap.audit.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.eduroadmap.audit.AuditService;

/**
 * Who changed what, and who signed in, failed to or was refused: for administrators, and for ministers
 * to read. Opened with {@code ?entity=Kpi&id=3} it shows one record's history.
 */
@Route("audit")
@Menu(order = 10, icon = "vaadin:archive", title = "nav.audit")
@RolesAllowed({"ADMIN", "MINISTER"})
public class AuditView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ENTITY_PARAMETER = "entity";
    public static final String ID_PARAMETER = "id";

    private final ChangesPanel changes;
    private final AuditService audit;

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("page");
        addClassName("audit-view");
        changes = new ChangesPanel(audit);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("audit.tab.changes"), changes);
        tabs.add(getTranslation("audit.tab.security"), new SecurityEventsPanel(audit));
        tabs.setSizeFull();
        add(tabs);
        setHeightFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String entity = first(parameters, ENTITY_PARAMETER);
        if (entity == null) {
            return;
        }
        String id = first(parameters, ID_PARAMETER);
        if (id == null) {
            // A record named by a natural key, e.g. ?entity=Kpi&code=4.4.1: an id no longer known shows nothing.
            id = parameters.keySet().stream().filter(name -> !name.equals(ENTITY_PARAMETER)).findFirst()
                    .map(name -> audit.idOf(entity, name, first(parameters, name)).orElse("0")).orElse(null);
        }
        changes.showHistoryOf(entity, id);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    static String dateTime(Instant instant, java.util.Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · EduRoadmap";
    }
}
