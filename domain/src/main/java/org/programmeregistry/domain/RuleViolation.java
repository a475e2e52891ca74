package org.programmeregistry.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A domain rule was broken. Carries the rule's identifier and a sentence a programme officer
 * understands; the operation that raised it changed nothing.
 */
public final class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Rule rule;

    public RuleViolation(Rule rule, String explanation) {
        super(Objects.requireNonNull(explanation, "explanation"), null, false, true);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }

    /** The explanation without the rule identifier. */
    public String explanation() {
        return super.getMessage();
    }

    /** {@code [P6] Serbia (RS) did not exist ...}: the form shown to people. */
    @Override
    public String getMessage() {
        return "[" + rule + "] " + super.getMessage();
    }

    /** Throws a violation of {@code rule} unless {@code condition} holds. */
    public static void require(boolean condition, Rule rule, String explanation) {
        if (!condition) {
            throw new RuleViolation(rule, explanation);
        }
    }

    /** As {@link #require(boolean, Rule, String)}, building the explanation only when the rule is broken. */
    public static void require(boolean condition, Rule rule, Supplier<String> explanation) {
        if (!condition) {
            throw new RuleViolation(rule, explanation.get());
        }
    }
}
