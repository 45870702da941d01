package org.coexist.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import org.coexist.rules.Finding;
import org.coexist.rules.FindingsDelta;
import org.coexist.rules.FindingsListener;
import org.coexist.rules.LiveValidation;

/** Shows the live findings on the views: only the subjects of each delta are touched. */
final class Highlighter implements FindingsListener {
    private final ViewRegistry registry;
    private LiveValidation validation;

    Highlighter(ViewRegistry registry) {
        this.registry = registry;
    }

    /**
     * Follows these findings (null: none), the whole design's or a phase's, and shows them on every view; the
     * subjects of the findings followed before are re-shown too, so nothing keeps a stale mark.
     */
    void follow(LiveValidation newValidation) {
        Set<String> subjects = new LinkedHashSet<>();
        if (validation != null) {
            validation.removeListener(this);
            validation.findings().forEach(finding -> subjects.addAll(finding.subjects()));
        }
        validation = newValidation;
        if (newValidation != null) {
            newValidation.addListener(this);
            newValidation.findings().forEach(finding -> subjects.addAll(finding.subjects()));
        }
        subjects.forEach(this::show);
    }

    @Override
    public void findingsChanged(FindingsDelta delta) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Finding finding : delta.added()) {
            subjects.addAll(finding.subjects());
        }
        for (Finding finding : delta.removed()) {
            subjects.addAll(finding.subjects());
        }
        subjects.forEach(this::show);
    }

    private void show(String subject) {
        ModelView view = registry.existing(subject);
        if (view != null) {
            view.showFindings(validation == null ? java.util.List.of() : validation.findingsFor(subject));
        }
    }
}
