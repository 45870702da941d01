package org.coexist.rules.spi;

import java.util.List;

/**
 * Where a rule reports what it found. The sink knows the rule (id, severity, source, message template); the rule
 * gives the subjects and the message arguments. Elements, links, forests and versions given as arguments are
 * rendered in the administrator's words (type label, name, version badge).
 */
public interface FindingSink {
    void report(List<String> subjects, Object... arguments);
}
