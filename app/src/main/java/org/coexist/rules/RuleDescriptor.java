package org.coexist.rules;

/**
 * An entry of the rule catalog, whatever the rule's form.
 *
 * @param number the rule's number in domain.md (0 for the structural rule)
 * @param form   "structural", "data" (a version-compatibility table under assets/rules) or "checker" (code)
 * @param plan   whether the rule looks at the order of the phases: its findings are reported for the whole design
 *               and name a phase
 */
public record RuleDescriptor(String id, int number, Severity severity, String summary, RuleSource source,
                             String form, boolean plan) {
}
