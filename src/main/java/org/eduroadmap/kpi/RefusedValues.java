package org.eduroadmap.kpi;

import java.util.List;

import org.eduroadmap.base.RuleViolation;

/**
 * A batch of values refused as a whole because some of them break the rules; nothing was written.
 * Each refusal names the value's position in the batch and what is wrong with it.
 */
public class RefusedValues extends RuntimeException {

    /** One value at fault: its position (from 0) and the rule it breaks. */
    public record Refusal(int index, RuleViolation violation) {
    }

    private final transient List<Refusal> refusals;

    public RefusedValues(List<Refusal> refusals) {
        super(refusals.size() + " values refused");
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
