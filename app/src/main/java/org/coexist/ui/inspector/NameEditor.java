package org.coexist.ui.inspector;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The name of a forest or an element, checked as it is typed (ControlsFX {@link ValidationSupport}): a blank name
 * or one another element already has is marked on the field, with the reason right under it, and is never
 * committed. Enter keeps the text for correcting; leaving the field puts the last good name back. A good name
 * commits once, as every inspector field does, so a rename stays one undo step.
 */
final class NameEditor {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private NameEditor() {
    }

    /**
     * @param problem the reason a candidate name is refused, or null when it is fine
     * @param commit  receives the stripped name, only when {@code problem} has nothing against it
     */
    static VBox create(String id, String initial, Function<String, String> problem, Consumer<String> commit) {
        TextField field = Editors.text(id, initial, text -> commit.accept(text.strip()),
                text -> problem.apply(text) == null);
        Label reason = new Label();
        reason.setId(id + "-problem");
        reason.getStyleClass().add("field-problem");
        reason.setWrapText(true);
        reason.setVisible(false);
        reason.setManaged(false);
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new AtTheField(reason));
        support.registerValidator(field, false, (Control control, String text) -> {
            String why = problem.apply(text == null ? "" : text);
            return ValidationResult.fromErrorIf(control, why, why != null);
        });
        VBox box = new VBox(field, reason);
        box.getStyleClass().add("name-editor");
        return box;
    }

    /**
     * Marks the field red and writes the reason below it, in the panel's own layout: ControlsFX's graphic
     * decorations would put a pane of their own at the scene's root, which the window keeps for presentation mode.
     */
    private static final class AtTheField implements ValidationDecoration {
        private final Label reason;

        AtTheField(Label reason) {
            this.reason = reason;
        }

        @Override
        public void removeDecorations(Control target) {
            target.pseudoClassStateChanged(INVALID, false);
            target.setTooltip(null);
            reason.setText("");
            reason.setVisible(false);
            reason.setManaged(false);
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            Control target = message.getTarget();
            target.pseudoClassStateChanged(INVALID, true);
            target.setTooltip(new Tooltip(message.getText()));
            reason.setText(message.getText());
            reason.setVisible(true);
            reason.setManaged(true);
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // Every name is required; the blank case has its own message.
        }
    }
}
