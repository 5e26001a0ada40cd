package org.eduroadmap.base;

/**
 * A request the domain refuses: bad input, a forbidden state change, a duplicate. Carries the field
 * at fault (or null) and a message key, so the UI can say what is wrong in the user's language.
 * Thrown before anything is written, so nothing changes.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
