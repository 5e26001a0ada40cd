package org.eduroadmap.assistance.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.eduroadmap.assistance.Mentionable;

/**
 * "@" autocomplete for a comment field, worked out on the server: when the text ends in "@" and a few
 * letters, the people whose name or username starts with them are offered below the field. Arrow keys
 * move through them, Enter or a click inserts "@username ", Escape closes the list; the keys are only
 * taken from the field while the list is open, so Enter otherwise starts a new line as usual.
 *
 * <p>Only the end of the text is looked at: without a front-end build the caret position is not known
 * on the server, and typing at the end is what people do while writing a comment.
 */
class MentionSuggestions extends Div {

    static final int SHOWN = 6;

    /** "@" and what follows it up to the end, not preceded by a word character (an e-mail address). */
    private static final Pattern TRAILING = Pattern.compile("(?<![\\p{L}\\p{N}_@])@([\\p{L}\\p{N}._-]{0,40})$");

    private final TextArea field;
    private final List<Mentionable> people;
    private final List<ShortcutRegistration> keys = new ArrayList<>();
    private List<Mentionable> shown = List.of();
    private int highlighted;

    MentionSuggestions(TextArea field, List<Mentionable> people) {
        this.field = field;
        this.people = people;
        addClassName("mention-suggestions");
        getElement().setAttribute("role", "listbox");
        getElement().setAttribute("aria-label", getTranslation("conversation.mention.suggestions"));
        setVisible(false);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggestFor(change.getValue());
            }
        });
    }

    /** The people to offer for the text as it now ends; none when it does not end in an "@" word. */
    static List<Mentionable> matches(String text, List<Mentionable> people) {
        Matcher trailing = TRAILING.matcher(text == null ? "" : text);
        if (!trailing.find()) {
            return List.of();
        }
        String typed = fold(trailing.group(1));
        return people.stream().filter(person -> typed.isEmpty() || fold(person.username()).startsWith(typed)
                        || java.util.Arrays.stream(fold(person.fullName()).split("[\\s-]+"))
                        .anyMatch(word -> word.startsWith(typed))
                        || fold(person.fullName()).startsWith(typed))
                .limit(SHOWN).toList();
    }

    /** The text with its trailing "@word" replaced by the person's username and a space. */
    static String insert(String text, Mentionable person) {
        Matcher trailing = TRAILING.matcher(text);
        String head = trailing.find() ? text.substring(0, trailing.start()) : text;
        return head + "@" + person.username() + " ";
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private void suggestFor(String text) {
        shown = matches(text, people);
        highlighted = 0;
        render();
    }

    private void render() {
        removeAll();
        boolean open = !shown.isEmpty();
        setVisible(open);
        for (int i = 0; i < shown.size(); i++) {
            Mentionable person = shown.get(i);
            Span name = new Span(person.fullName());
            Span username = new Span("@" + person.username());
            username.addClassName("muted");
            Div option = new Div(name, username);
            option.addClassName("mention-option");
            option.getElement().setAttribute("role", "option");
            option.getElement().setAttribute("aria-selected", String.valueOf(i == highlighted));
            if (i == highlighted) {
                option.addClassName("highlighted");
            }
            option.addClickListener(click -> pick(person));
            add(option);
        }
        listenToKeys(open);
    }

    private void listenToKeys(boolean open) {
        if (open == !keys.isEmpty()) {
            return;
        }
        if (!open) {
            keys.forEach(ShortcutRegistration::remove);
            keys.clear();
            return;
        }
        keys.add(Shortcuts.addShortcutListener(field, () -> move(1), Key.ARROW_DOWN).listenOn(field));
        keys.add(Shortcuts.addShortcutListener(field, () -> move(-1), Key.ARROW_UP).listenOn(field));
        keys.add(Shortcuts.addShortcutListener(field, () -> pick(shown.get(highlighted)), Key.ENTER).listenOn(field));
        keys.add(Shortcuts.addShortcutListener(field, this::close, Key.ESCAPE).listenOn(field));
    }

    private void move(int step) {
        if (!shown.isEmpty()) {
            highlighted = Math.floorMod(highlighted + step, shown.size());
            render();
        }
    }

    private void pick(Mentionable person) {
        field.setValue(insert(field.getValue(), person));
        close();
        field.focus();
    }

    void close() {
        shown = List.of();
        render();
    }
}
