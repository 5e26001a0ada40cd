package org.eduroadmap.assistance;

/** What a user may do to a request; some need a text that is kept in the request's history. */
public enum RequestAction {
    SUBMIT(false),
    TAKE(false),
    ASSIGN(false),
    ASK_FOR_INFORMATION(true),
    ANSWER(true),
    ACCEPT(true),
    DECLINE(true),
    START(false),
    DELIVER(true),
    CLOSE(false),
    WITHDRAW(false);

    private final boolean needsText;

    RequestAction(boolean needsText) {
        this.needsText = needsText;
    }

    /** Whether the action is refused without a question, answer, reason or note. */
    public boolean needsText() {
        return needsText;
    }
}
