package org.eduroadmap.meeting.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import org.eduroadmap.base.LocalizedText;
import org.eduroadmap.base.RuleViolation;
import org.eduroadmap.meeting.MeetingDetail;
import org.eduroadmap.meeting.MeetingFormat;
import org.eduroadmap.meeting.MeetingService;
import org.eduroadmap.meeting.NewMeeting;

/**
 * Records a meeting. Participants are typed one per line as "Name — affiliation" and decisions one per
 * line, as they come from minutes. The binder catches what is missing; the service checks everything
 * again, and a refusal marks the field it names and keeps the input.
 */
class MeetingForm extends Dialog {

    /** What stands between a participant's name and affiliation: a dash with spaces, or a vertical bar. */
    private static final String SEPARATOR = "\\s+[—–-]\\s+|\\s*[—–|]\\s*";

    private final DatePicker heldOn = new DatePicker();
    private final Select<MeetingFormat> format = new Select<>();
    private final TextField titleEn = new TextField();
    private final TextField titleRu = new TextField();
    private final TextField titleTk = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea participants = new TextArea();
    private final TextArea decisions = new TextArea();
    private final Binder<Draft> binder = new Binder<>();

    /** The form's state; the record the service takes is built from it on saving. */
    static final class Draft {
        LocalDate heldOn;
        MeetingFormat format;
        String titleEn = "";
        String titleRu = "";
        String titleTk = "";
        String summary = "";
        List<MeetingDetail.Participant> participants = List.of();
        List<String> decisions = List.of();
    }

    MeetingForm(MeetingService meetings, LongConsumer afterSave) {
        setHeaderTitle(getTranslation("meetings.new"));
        setWidth("min(100vw, 48rem)");
        heldOn.setLabel(getTranslation("meeting.date"));
        heldOn.setLocale(getLocale());
        format.setLabel(getTranslation("meeting.format"));
        format.setItems(MeetingFormat.values());
        format.setItemLabelGenerator(value -> value == null ? "" : getTranslation("meeting.format." + value.name()));
        titleEn.setLabel(getTranslation("meeting.form.titleEn"));
        titleRu.setLabel(getTranslation("meeting.form.titleRu"));
        titleTk.setLabel(getTranslation("meeting.form.titleTk"));
        summary.setLabel(getTranslation("meeting.summary"));
        summary.setMaxLength(MeetingService.MAX_SUMMARY);
        participants.setLabel(getTranslation("meeting.participants"));
        participants.setHelperText(getTranslation("meeting.form.participantsHelp"));
        decisions.setLabel(getTranslation("meeting.decisions"));
        decisions.setHelperText(getTranslation("meeting.form.decisionsHelp"));
        List.of(titleEn, titleRu, titleTk).forEach(field -> field.setMaxLength(MeetingService.MAX_TITLE));

        binder.forField(heldOn).asRequired(getTranslation("meeting.error.heldOn"))
                .bind(draft -> draft.heldOn, (draft, value) -> draft.heldOn = value);
        binder.forField(format).asRequired(getTranslation("meeting.error.format"))
                .bind(draft -> draft.format, (draft, value) -> draft.format = value);
        binder.forField(titleEn).asRequired(getTranslation("meeting.error.title"))
                .bind(draft -> draft.titleEn, (draft, value) -> draft.titleEn = value);
        binder.forField(titleRu).asRequired(getTranslation("meeting.error.title"))
                .bind(draft -> draft.titleRu, (draft, value) -> draft.titleRu = value);
        binder.forField(titleTk).asRequired(getTranslation("meeting.error.title"))
                .bind(draft -> draft.titleTk, (draft, value) -> draft.titleTk = value);
        binder.forField(summary).bind(draft -> draft.summary, (draft, value) -> draft.summary = value);
        binder.forField(participants).withConverter(new ParticipantLines())
                .bind(draft -> draft.participants, (draft, value) -> draft.participants = value);
        binder.forField(decisions).withConverter(lines(), decisionsText())
                .bind(draft -> draft.decisions, (draft, value) -> draft.decisions = value);
        binder.readBean(new Draft());

        FormLayout form = new FormLayout(heldOn, format, titleEn, titleRu, titleTk, summary, participants, decisions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        List.of(titleEn, titleRu, titleTk, summary, participants, decisions).forEach(field -> form.setColspan(field, 2));
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation("meeting.form.save"), click -> save(meetings, afterSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save(MeetingService meetings, LongConsumer afterSave) {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            long id = meetings.record(new NewMeeting(draft.heldOn, draft.format,
                    LocalizedText.of(draft.titleEn, draft.titleRu, draft.titleTk), draft.summary,
                    draft.participants, draft.decisions));
            close();
            afterSave.accept(id);
        } catch (RuleViolation refused) {
            HasValidation field = Map.<String, HasValidation>of("heldOn", heldOn, "format", format,
                    "titleEn", titleEn, "titleRu", titleRu, "titleTk", titleTk, "summary", summary,
                    "participants", participants, "decisions", decisions).getOrDefault(refused.field(), titleEn);
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
        }
    }

    private static com.vaadin.flow.function.SerializableFunction<String, List<String>> lines() {
        return text -> text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }

    private static com.vaadin.flow.function.SerializableFunction<List<String>, String> decisionsText() {
        return list -> list == null ? "" : String.join("\n", list);
    }

    /** "Name — affiliation" lines to participants and back; a line without an affiliation is refused. */
    private final class ParticipantLines implements Converter<String, List<MeetingDetail.Participant>> {

        @Override
        public Result<List<MeetingDetail.Participant>> convertToModel(String text, ValueContext context) {
            List<MeetingDetail.Participant> result = new ArrayList<>();
            List<String> lines = lines().apply(text);
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split(SEPARATOR, 2);
                if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    return Result.error(getTranslation("meeting.error.participant", i + 1));
                }
                result.add(new MeetingDetail.Participant(parts[0].strip(), parts[1].strip()));
            }
            return Result.ok(result);
        }

        @Override
        public String convertToPresentation(List<MeetingDetail.Participant> value, ValueContext context) {
            return value == null ? "" : String.join("\n", value.stream()
                    .map(participant -> participant.fullName() + " — " + participant.affiliation()).toList());
        }
    }
}
