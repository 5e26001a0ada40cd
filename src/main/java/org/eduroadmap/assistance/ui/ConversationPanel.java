package org.eduroadmap.assistance.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.eduroadmap.assistance.CommentVersion;
import org.eduroadmap.assistance.ConversationComment;
import org.eduroadmap.assistance.Mentionable;
import org.eduroadmap.assistance.RequestConversationService;
import org.eduroadmap.base.RuleViolation;

/**
 * A request's conversation, oldest first, opening on its latest comments. Everything users wrote is shown as
 * text nodes, never as HTML; mentions of known users are highlighted by wrapping them in their own span.
 */
class ConversationPanel extends Composite<Div> {

    /** How many of its latest comments a conversation opens on. */
    static final int LATEST = 20;

    private final RequestConversationService service;
    private final String requestNumber;
    private final String me;
    private final Set<String> knownUsers;
    private final Div thread = new Div();
    /** The ids of the comments on screen. */
    private final Set<Long> shown = new HashSet<>();
    /** A long conversation opens on its latest comments; this shows the rest. */
    private final Button showEarlier = new Button();
    private boolean everything;

    ConversationPanel(RequestConversationService service, String requestNumber, String me) {
        this.service = service;
        this.requestNumber = requestNumber;
        this.me = me;
        var people = service.mentionable();
        this.knownUsers = people.stream().map(Mentionable::username).collect(Collectors.toSet());
        thread.addClassName("comment-thread");
        Div card = getContent();
        card.addClassNames("card", "request-conversation");
        showEarlier.setText(getTranslation("conversation.showEarlier"));
        showEarlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showEarlier.addClassName("conversation-earlier");
        showEarlier.addClickListener(click -> {
            everything = true;
            refresh();
        });
        card.add(new H2(getTranslation("conversation.title")), showEarlier, thread);
        if (service.mayComment()) {
            card.add(newCommentForm(people));
        }
        refresh();
    }

    private Div newCommentForm(List<Mentionable> people) {
        TextArea body = new TextArea(getTranslation("conversation.new"));
        body.setMaxLength(RequestConversationService.MAX_LENGTH);
        body.setWidthFull();
        body.addClassName("conversation-new");
        body.setHelperText(getTranslation("conversation.mention.help"));
        MentionSuggestions suggestions = new MentionSuggestions(body, people);
        Div field = new Div(body, suggestions);
        field.addClassName("mention-field");
        ComboBox<Mentionable> mention = mentionPicker(people, body);
        Checkbox internal = new Checkbox(getTranslation("conversation.internal"));
        internal.setVisible(service.mayUseInternalNotes());
        Button post = new Button(getTranslation("comment.post"), click -> {
            try {
                service.comment(requestNumber, body.getValue(), internal.getValue());
                body.clear();
                suggestions.close();
                body.setInvalid(false);
                internal.clear();
                showNew();
            } catch (RuleViolation refused) {
                body.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                body.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(mention, internal, post);
        actions.addClassName("conversation-actions");
        return new Div(field, actions);
    }

    /** For those who would rather pick from the whole list: picking a person adds their @username to the text. */
    private ComboBox<Mentionable> mentionPicker(List<Mentionable> people, TextArea body) {
        ComboBox<Mentionable> mention = new ComboBox<>();
        mention.setPlaceholder(getTranslation("conversation.mention"));
        mention.setAriaLabel(getTranslation("conversation.mention"));
        mention.setItems(people);
        mention.setItemLabelGenerator(person -> person.fullName() + " (@" + person.username() + ")");
        mention.setClearButtonVisible(true);
        mention.addValueChangeListener(change -> {
            Mentionable person = change.getValue();
            if (person == null) {
                return;
            }
            String text = body.getValue();
            String separator = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)) ? "" : " ";
            body.setValue(text + separator + "@" + person.username() + " ");
            mention.clear();
            body.focus();
        });
        return mention;
    }

    /** Draws the whole conversation again, e.g. after an edit changed a comment already on screen. */
    private void refresh() {
        thread.removeAll();
        shown.clear();
        showNew();
    }

    /**
     * Adds the comments not yet on screen: one's own just posted and any others wrote meanwhile. A long
     * conversation is not redrawn for every post.
     */
    private void showNew() {
        List<ConversationComment> comments;
        boolean hasEarlier = false;
        if (everything) {
            comments = service.conversation(requestNumber);
        } else {
            var window = service.latest(requestNumber, LATEST);
            comments = window.comments();
            hasEarlier = window.hasEarlier();
            if (hasEarlier && comments.stream().noneMatch(comment -> shown.contains(comment.id()))) {
                // More than a window's worth arrived since: start again from the latest.
                shown.clear();
            }
        }
        if (shown.isEmpty()) {
            thread.removeAll();
            showEarlier.setVisible(hasEarlier);
        }
        if (comments.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("conversation.empty"));
            empty.addClassName("muted");
            thread.add(empty);
            return;
        }
        comments.stream().filter(comment -> !shown.contains(comment.id())).forEach(comment -> {
            shown.add(comment.id());
            thread.add(render(comment));
        });
    }

    private Div render(ConversationComment comment) {
        Div item = new Div();
        item.addClassName("comment");
        Span who = new Span(comment.author()
                + (comment.organisation() == null ? "" : " · " + comment.organisation().in(getLocale()))
                + " · " + when(comment.createdAt()));
        who.addClassName("muted");
        Div header = new Div(who);
        header.addClassName("comment-header");
        if (comment.internal()) {
            item.addClassName("comment-internal");
            Span badge = new Span(getTranslation("conversation.internalBadge"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("internal-badge");
            header.addComponentAsFirst(badge);
        }
        if (comment.edited()) {
            Span edited = new Span(getTranslation("conversation.edited", when(comment.editedAt())));
            edited.addClassNames("muted", "comment-edited");
            header.add(edited);
        }
        Paragraph body = text(comment.body());
        item.add(header, body);
        if (comment.edited() && !comment.earlier().isEmpty()) {
            Div versions = new Div();
            for (CommentVersion version : comment.earlier()) {
                Span at = new Span(when(version.writtenAt()));
                at.addClassName("muted");
                versions.add(new Div(at, text(version.body())));
            }
            Details earlier = new Details(getTranslation("conversation.earlier"), versions);
            earlier.addClassName("comment-earlier");
            item.add(earlier);
        }
        if (me.equals(comment.authorUsername()) && service.mayComment()) {
            Button edit = new Button(getTranslation("conversation.edit"), click -> startEditing(item, comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            item.add(edit);
        }
        return item;
    }

    private void startEditing(Div item, ConversationComment comment) {
        item.removeAll();
        TextArea body = new TextArea(getTranslation("conversation.edit"));
        body.setMaxLength(RequestConversationService.MAX_LENGTH);
        body.setWidthFull();
        body.setValue(comment.body());
        MentionSuggestions suggestions = new MentionSuggestions(body, service.mentionable());
        Div field = new Div(body, suggestions);
        field.addClassName("mention-field");
        Button save = new Button(getTranslation("conversation.save"), click -> {
            try {
                service.edit(comment.id(), body.getValue());
                refresh();
            } catch (RuleViolation refused) {
                body.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                body.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), click -> refresh());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        item.add(field, save, cancel);
    }

    /** The text as text nodes, with each @mention of a known user in a highlighted span. */
    private Paragraph text(String body) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("comment-body");
        Matcher matcher = RequestConversationService.MENTION.matcher(body);
        int from = 0;
        while (matcher.find()) {
            if (!knownUsers.contains(matcher.group(1))) {
                continue;
            }
            if (matcher.start() > from) {
                paragraph.add(new Text(body.substring(from, matcher.start())));
            }
            Span mention = new Span(matcher.group());
            mention.addClassName("mention");
            paragraph.add(mention);
            from = matcher.end();
        }
        if (from < body.length()) {
            paragraph.add(new Text(body.substring(from)));
        }
        return paragraph;
    }

    private String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
