package org.coexist.ui.kernel;

import java.nio.file.Path;
import java.util.UUID;
import org.coexist.model.Topology;
import org.coexist.model.edit.CommandManager;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.ValidationEngine;

/**
 * One open topology with its undo history, its live findings and the file it came from (null if new), with what
 * that file held when it was loaded or saved, and the id of its recovery copy.
 */
public final class Document implements AutoCloseable {
    private final Topology topology;
    private final CommandManager commands;
    private final LiveValidation validation;
    private final String recoveryId;
    private Path file;
    private FileStamp diskStamp;
    private FileStamp dismissedStamp;
    private boolean restoredUnsaved;

    public Document(Topology topology, Path file, ValidationEngine engine) {
        this(topology, file, new CommandManager(topology), engine, UUID.randomUUID().toString());
    }

    private Document(Topology topology, Path file, CommandManager commands, ValidationEngine engine,
                     String recoveryId) {
        this.topology = topology;
        this.file = file;
        this.commands = commands;
        this.recoveryId = recoveryId;
        this.validation = engine.attach(topology);
    }

    /** A document as read from its file, which held what the stamp says. */
    public static Document loaded(Topology topology, Path file, FileStamp stamp, ValidationEngine engine) {
        Document document = new Document(topology, file, engine);
        document.diskStamp = stamp;
        return document;
    }

    /**
     * A recovered copy, unsaved, bound to the file it belonged to (null when it had none); it keeps the copy's id
     * so that its next copy replaces the one restored.
     *
     * @param stamp what the file held when the copy was offered, or null
     */
    public static Document restored(Topology topology, Path file, FileStamp stamp, String recoveryId,
                                    ValidationEngine engine) {
        Document document = new Document(topology, file, new CommandManager(topology), engine, recoveryId);
        document.diskStamp = stamp;
        document.restoredUnsaved = true;
        return document;
    }

    /**
     * The same topology, file and undo history, validated by another engine (findings in another language).
     * Closes this document's live validation: this one is not to be used afterwards.
     */
    public Document revalidatedBy(ValidationEngine engine) {
        Document moved = new Document(topology, file, commands, engine, recoveryId);
        moved.diskStamp = diskStamp;
        moved.dismissedStamp = dismissedStamp;
        moved.restoredUnsaved = restoredUnsaved;
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

    /** Whether the document differs from its file: edited since loaded or saved, or restored from a copy. */
    public boolean isModified() {
        return restoredUnsaved || commands.isModified();
    }

    /**
     * Records a save to the file, which now holds what the stamp says. The document is saved only when it was
     * not edited while the file was written ({@code revision} is the command revision the save wrote).
     */
    public void saved(Path savedFile, FileStamp stamp, long revision) {
        this.file = savedFile;
        this.diskStamp = stamp;
        this.dismissedStamp = null;
        if (commands.revision() == revision) {
            restoredUnsaved = false;
            commands.markSaved();
        }
    }

    /** The names of this document's recovery copy: the same for as long as the document is open. */
    public String recoveryId() {
        return recoveryId;
    }

    /** What the file held when the document was loaded or saved; null when unknown (a new document). */
    public FileStamp diskStamp() {
        return diskStamp;
    }

    /** A change on disk the user chose to keep their version over: not offered again. */
    public FileStamp dismissedStamp() {
        return dismissedStamp;
    }

    public void dismiss(FileStamp changed) {
        this.dismissedStamp = changed;
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
