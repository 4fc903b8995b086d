package se.diktera.app.ui;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.Messages;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.identity.IdentityNumberException;
import se.diktera.core.identity.PersonalIdentityNumber;

/**
 * Starting a consultation: the patient's personnummer or samordningsnummer, checked as it is
 * typed, the contact type and the note template.
 */
public final class ConsultationViewModel {

    private final Messages messages;
    private final StringProperty identityNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ContactType> contactType = new SimpleObjectProperty<>(ContactType.MOTTAGNINGSBESOK);
    private final StringProperty templateId = new SimpleStringProperty("sv-journal");
    private final Map<String, String> templates;
    private final List<String> order;
    private PersonalIdentityNumber parsed;

    /** @param templates the templates to offer, id to title, in order */
    public ConsultationViewModel(Messages messages, Map<String, String> templates) {
        this.messages = messages;
        this.templates = Map.copyOf(templates);
        this.order = List.copyOf(templates.keySet());
        identityNumber.addListener((obs, old, text) -> check(text));
    }

    private void check(String text) {
        if (text == null || text.isBlank()) {
            parsed = null;
            valid.set(false);
            feedback.set("");
            return;
        }
        try {
            parsed = PersonalIdentityNumber.parse(text);
            valid.set(true);
            feedback.set(messages.get("ui.consultation.ok", parsed.formatted()));
        } catch (IdentityNumberException e) {
            parsed = null;
            valid.set(false);
            feedback.set(messages.get("ui.pnr." + e.reason().name()));
        }
    }

    public StringProperty identityNumber() {
        return identityNumber;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    public ObjectProperty<ContactType> contactType() {
        return contactType;
    }

    /** The template ids to choose from, in order. */
    public List<String> templateIds() {
        return order;
    }

    /** A template's title, for the list. */
    public String templateTitle(String id) {
        return templates.getOrDefault(id, id);
    }

    public StringProperty templateId() {
        return templateId;
    }

    /** The patient, once the number is valid. */
    public PersonalIdentityNumber patient() {
        if (parsed == null) {
            throw new IllegalStateException("No valid identity number yet");
        }
        return parsed;
    }
}
