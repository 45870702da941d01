package org.coexist.rules.spi;

import java.util.List;

/** Where a plan rule reports what it found: like {@link FindingSink}, with the phase the finding is about. */
public interface PlanFindingSink {

    /** @param phaseId the phase the finding names; the designer marks it beside the phases */
    void report(String phaseId, List<String> subjects, Object... arguments);
}
