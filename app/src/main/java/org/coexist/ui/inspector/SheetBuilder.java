package org.coexist.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Properties;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.catalog.PropertySpec;
import org.coexist.model.edit.Command;
import org.coexist.model.edit.Edits;
import org.coexist.model.edit.Naming;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;

/**
 * Fills a property grid for one forest, element or link. Every editor commits through a named command of
 * {@link Edits}, so each change is undoable and revalidated at once.
 */
final class SheetBuilder {
    /** The choice meaning "no value": the property is removed. */
    private static final String NOT_SET = "";
    private final DesignerContext context;
    private final Consumer<Command> run;
    private final Texts texts;
    private final Catalog catalog;
    private final CatalogLabels labels;

    SheetBuilder(DesignerContext context, Consumer<Command> run) {
        this.context = context;
        this.run = run;
        this.texts = context.texts();
        this.catalog = context.catalog();
        this.labels = context.labels();
    }

    PropertyGrid element(Topology topology, Element element) {
        Edits edits = context.edits();
        ElementTypeSpec spec = catalog.spec(element.type());
        PropertyGrid grid = new PropertyGrid();
        String id = element.id();
        grid.section(texts.get("inspector.section.general"));
        grid.row(texts.get("inspector.name"), NameEditor.create("inspector-name", element.name(),
                name -> elementNameProblem(id, name), name -> run.accept(edits.rename(topology, id, name))));
        grid.row(texts.get("inspector.type"), PropertyGrid.value(labels.type(element.type(), element.version())));
        List<ProductVersion> versions = new ArrayList<>(spec.versions());
        if (!versions.contains(element.version())) {
            versions.add(element.version());
        }
        grid.row(texts.get("inspector.version"), Editors.choice("inspector-version", versions, element.version(),
                this::versionLabel, v -> run.accept(edits.setVersion(topology, id, v))));

        grid.section(texts.get("inspector.section.properties"));
        for (String name : spec.properties()) {
            PropertySpec property = catalog.property(name);
            if (property != null) {
                grid.row(labels.property(name), editor(topology, id, property, element.properties().get(name)));
            }
        }
        unknownProperties(grid, element.properties(), spec.properties());

        grid.section(texts.get("inspector.section.placement"));
        Forest forest = topology.forest(element.forest());
        grid.row(texts.get("inspector.forest"), PropertyGrid.value(forest == null ? element.forest() : forest.name()));
        Element pool = element.parent() == null ? null : topology.element(element.parent());
        grid.row(texts.get("inspector.pool"), PropertyGrid.value(pool == null ? texts.get("inspector.none")
                : pool.name()));
        if (!topology.phases().isEmpty()) {
            LifecycleRows.add(grid, topology, element, edits.phases(), texts, run);
        }
        return grid;
    }

    PropertyGrid forest(Topology topology, Forest forest) {
        Edits edits = context.edits();
        PropertyGrid grid = new PropertyGrid();
        String id = forest.id();
        grid.section(texts.get("inspector.section.general"));
        grid.row(texts.get("inspector.name"), NameEditor.create("inspector-name", forest.name(),
                name -> forestNameProblem(id, name), name -> run.accept(edits.rename(topology, id, name))));
        grid.row(texts.get("inspector.type"), PropertyGrid.value(texts.get("palette.forest")));
        grid.section(texts.get("inspector.section.properties"));
        String mode = forest.exchangeOrganizationMode();
        List<String> modes = List.of("native", "mixed", NOT_SET);
        grid.row(texts.get("inspector.orgMode"), Editors.choice("inspector-orgMode", modes,
                mode == null || !modes.contains(mode) ? NOT_SET : mode,
                m -> texts.get("inspector.orgMode." + (m.isEmpty() ? "unknown" : m)),
                m -> run.accept(edits.setProperty(topology, id, Properties.EXCHANGE_ORGANIZATION_MODE,
                        m.isEmpty() ? null : m))));
        List<String> known = new ArrayList<>(catalog.forestProperties());
        unknownProperties(grid, forest.properties(), known);
        return grid;
    }

    PropertyGrid link(Topology topology, Link link) {
        Edits edits = context.edits();
        PropertyGrid grid = new PropertyGrid();
        Element from = topology.element(link.from());
        Element to = topology.element(link.to());
        grid.section(texts.get("inspector.section.link"));
        List<LinkKind> kinds = new ArrayList<>(catalog.kindsFor(from, to));
        boolean fits = kinds.contains(link.kind());
        if (!fits) {
            kinds.add(link.kind());
        }
        grid.row(texts.get("inspector.kind"), Editors.choice("inspector-kind", kinds, link.kind(),
                k -> kindLabel(k, from, to), k -> run.accept(edits.setKind(topology, link.id(), k))));
        grid.row(texts.get("inspector.from"), PropertyGrid.value(describe(from)));
        grid.row(texts.get("inspector.to"), PropertyGrid.value(describe(to)));
        unknownProperties(grid, link.properties(), List.of());
        return grid;
    }

    /** Why an element may not take the name: blank, or another element's (the topology as it is now). */
    private String elementNameProblem(String id, String name) {
        if (name.isBlank()) {
            return texts.get("inspector.name.blank");
        }
        Element other = Naming.elementNamed(context.topology(), name, id);
        return other == null ? null : texts.format("inspector.name.taken", other.name(),
                labels.type(other.type(), other.version()));
    }

    private String forestNameProblem(String id, String name) {
        if (name.isBlank()) {
            return texts.get("inspector.name.blank");
        }
        Forest other = Naming.forestNamed(context.topology(), name, id);
        return other == null ? null : texts.format("inspector.name.forestTaken", other.name());
    }

    private String describe(Element element) {
        return texts.format("inspector.endpoint", element.name(), labels.type(element.type(), element.version()),
                versionLabel(element.version()));
    }

    private String kindLabel(LinkKind kind, Element from, Element to) {
        String label = labels.kind(kind);
        return catalog.fits(kind, from, to) ? label : texts.format("inspector.kindDoesNotFit", label);
    }

    private String versionLabel(ProductVersion version) {
        Catalog.VersionLabel label = catalog.label(version);
        return label == null ? version.name() : label.label();
    }

    private javafx.scene.Node editor(Topology topology, String id, PropertySpec property, Object current) {
        Edits edits = context.edits();
        String editorId = "inspector-prop-" + property.name();
        return switch (property.type()) {
            case STRING -> Editors.text(editorId, current == null ? "" : Objects.toString(current),
                    text -> run.accept(edits.setProperty(topology, id, property.name(),
                            text.isBlank() ? null : text.trim())));
            case BOOLEAN -> Editors.check(editorId, Boolean.TRUE.equals(current),
                    value -> run.accept(edits.setProperty(topology, id, property.name(), value)));
            case CHOICE -> {
                List<String> values = new ArrayList<>(property.values());
                values.add(NOT_SET);
                String initial = current instanceof String s && values.contains(s) ? s : NOT_SET;
                yield Editors.choice(editorId, values, initial,
                        v -> v.isEmpty() ? texts.get("inspector.notSet") : v,
                        v -> run.accept(edits.setProperty(topology, id, property.name(), v.isEmpty() ? null : v)));
            }
        };
    }

    /** Properties the catalog does not describe for this object: shown, kept, but not editable here. */
    private void unknownProperties(PropertyGrid grid, Map<String, Object> properties, List<String> known) {
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            if (!known.contains(entry.getKey())) {
                grid.row(texts.format("inspector.unknownProperty", entry.getKey()),
                        PropertyGrid.value(Objects.toString(entry.getValue())));
            }
        }
    }
}
