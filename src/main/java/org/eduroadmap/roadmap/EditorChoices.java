package org.eduroadmap.roadmap;

import java.util.List;

/** What the activity editor offers in its pickers (activities are searched lazily instead). */
public record EditorChoices(List<Choice> actionAreas, List<Choice> organisations, List<Choice> people,
                            List<Choice> kpis) {
}
