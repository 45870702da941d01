package org.coexist.rules;

/**
 * An entry of the rule catalog, whatever the rule's form.
 *
 * @param number the rule's number in domain.md (0 for the structural rule)
 * @param form   "structural", "data" (a version-compatibility table under assets/rules) or "checker" (code)
 */
public record RuleDescriptor(String id, int number, Severity severity, String summary, RuleSource source,
                             String form) {
}
