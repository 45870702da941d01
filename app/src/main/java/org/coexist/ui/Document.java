package org.coexist.ui;

import java.nio.file.Path;
import org.coexist.model.Topology;
import org.coexist.model.edit.CommandManager;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.ValidationEngine;

/** One open topology with its undo history, its live findings and the file it came from (null if new). */
public final class Document implements AutoCloseable {
    private final Topology topology;
    private final CommandManager commands;
    private final LiveValidation validation;
    private Path file;

    public Document(Topology topology, Path file, ValidationEngine engine) {
        this(topology, file, new CommandManager(topology), engine);
    }

    private Document(Topology topology, Path file, CommandManager commands, ValidationEngine engine) {
        this.topology = topology;
        this.file = file;
        this.commands = commands;
        this.validation = engine.attach(topology);
    }

    /**
     * The same topology, file and undo history, validated by another engine (findings in another language).
     * Closes this document's live validation: this one is not to be used afterwards.
     */
    public Document revalidatedBy(ValidationEngine engine) {
        Document moved = new Document(topology, file, commands, engine);
        close();
        return moved;
    }

    public Topology topology() {
        return topology;
    }

    public CommandManager commands() {
        return commands;
    }

    public LiveValidation validation() {
        return validation;
    }

    public Path file() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }

    /**
     * What the title bar and the save prompt call the document: its file name once it has one; before that, the
     * topology's name (a sample's), else {@code untitled} in the window's language.
     */
    public String displayName(String untitled) {
        if (file != null) {
            return file.getFileName().toString();
        }
        return topology.name().isBlank() ? untitled : topology.name();
    }

    @Override
    public void close() {
        validation.close();
    }
}
