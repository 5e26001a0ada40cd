package org.eduroadmap.notification.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.router.Location;

import org.eduroadmap.base.Formats;
import org.eduroadmap.notification.NotificationRow;
import org.eduroadmap.notification.NotificationService;

/**
 * The bell in the header: how many notices are unread, and on click the newest of them. The list
 * is read when it opens, not kept up to date in the background.
 */
public class NotificationBell extends Div {

    static final int SHOWN = 20;

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Button markAllRead = new Button();
    private final Div content = new Div();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");

        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-button");
        bell.addClickListener(click -> toggle());
        count.addClassName("notification-count");
        // The button's label already says the number; the badge is for the eye.
        count.getElement().setAttribute("aria-hidden", "true");

        markAllRead.setText(getTranslation("notification.markAllRead"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
            showList();
        });
        H3 title = new H3(getTranslation("notification.title"));
        Div header = new Div(title, markAllRead);
        header.addClassName("notification-header");
        content.addClassName("notification-content");

        popover.setTarget(bell);
        // The server opens it, so the list is read fresh each time.
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.addClassName("notification-popover");
        popover.add(header, content);

        add(bell, count, popover);
        // The count is read by refresh(), which the layout calls after every navigation.
        count.setVisible(false);
        bell.setAriaLabel(getTranslation("notification.bell"));
    }

    /** Reads the unread count again; the layout calls it after each navigation. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread > 0 ? getTranslation("notification.bell.unread", unread)
                : getTranslation("notification.bell"));
        markAllRead.setEnabled(unread > 0);
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
        } else {
            refresh();
            showList();
            popover.open();
        }
    }

    private void showList() {
        content.removeAll();
        List<NotificationRow> rows = notifications.recent(SHOWN);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notification.empty"));
            empty.addClassName("notification-empty");
            content.add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("notification-list");
        rows.forEach(row -> list.add(new ListItem(item(row))));
        content.add(list);
    }

    private NativeButton item(NotificationRow row) {
        Span subject = new Span(row.subject().in(getLocale()));
        subject.addClassName("notification-subject");
        Span meta = new Span(getTranslation("notification.kind." + row.kind().name()) + " · "
                + Formats.date(row.createdAt(), getLocale()));
        meta.addClassName("notification-meta");
        NativeButton item = new NativeButton();
        item.addClassName("notification-item");
        if (row.unread()) {
            Span marker = new Span(getTranslation("notification.unread"));
            marker.addClassName("notification-unread");
            item.add(marker);
            item.addClassName("unread");
        }
        item.add(subject, meta);
        item.addClickListener(click -> open(row));
        return item;
    }

    private void open(NotificationRow row) {
        notifications.markRead(row.id());
        popover.close();
        refresh();
        if (row.link() != null && !row.link().isBlank()) {
            // navigate(String) refuses a query string, so split "roadmap?activity=12" into path and query.
            Location location = new Location(row.link());
            UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        }
    }
}
