package org.eduroadmap.assistance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.eduroadmap.assistance.Mentionable;

/** Which people "@" and a few letters at the end of a comment offer, and what picking one writes. */
class MentionSuggestionsTest {

    private static final Mentionable MERDAN = new Mentionable("manager", "Merdan Orazov");
    private static final Mentionable ANNA = new Mentionable("advisor", "Anna Sokolova");
    private static final Mentionable GOLDA = new Mentionable("gelkhoury", "Golda El-Khoury");
    private static final List<Mentionable> PEOPLE = List.of(MERDAN, ANNA, GOLDA);

    @Test
    void theFirstLettersOfAnyPartOfTheNameOrOfTheUsernameFindThePerson() {
        assertThat(MentionSuggestions.matches("Thank you @mer", PEOPLE)).containsExactly(MERDAN);
        assertThat(MentionSuggestions.matches("Thank you @Oraz", PEOPLE)).containsExactly(MERDAN);
        assertThat(MentionSuggestions.matches("@khou", PEOPLE)).containsExactly(GOLDA);
        assertThat(MentionSuggestions.matches("@adv", PEOPLE)).containsExactly(ANNA);
        assertThat(MentionSuggestions.matches("@", PEOPLE)).containsExactly(MERDAN, ANNA, GOLDA);
    }

    @Test
    void onlyAnAtSignStartingTheLastWordAsksForSuggestions() {
        assertThat(MentionSuggestions.matches("@mer is on leave", PEOPLE)).isEmpty();
        assertThat(MentionSuggestions.matches("write to m.orazov@mer", PEOPLE)).isEmpty();
        assertThat(MentionSuggestions.matches("@zzz", PEOPLE)).isEmpty();
        assertThat(MentionSuggestions.matches(null, PEOPLE)).isEmpty();
    }

    @Test
    void pickingReplacesTheTypedLettersWithTheUsername() {
        assertThat(MentionSuggestions.insert("Thank you @Mer", MERDAN)).isEqualTo("Thank you @manager ");
        assertThat(MentionSuggestions.insert("@", ANNA)).isEqualTo("@advisor ");
    }
}
