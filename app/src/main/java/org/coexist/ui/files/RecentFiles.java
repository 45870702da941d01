package org.coexist.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened or saved last, newest first, kept across sessions in a preferences node (the application's
 * own, or a scratch one in tests).
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private static final String KEY = "recent.";
    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < LIMIT; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    /** Newest first; read-only by convention. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Puts the file first, dropping an older entry of it and the oldest beyond the limit. */
    public void remember(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(normal);
        next.add(0, normal);
        while (next.size() > LIMIT) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    public void forget(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list still works for this session; only persistence is lost, which is not worth a dialog.
            System.getLogger(RecentFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot store the recent files", e);
        }
    }
}
