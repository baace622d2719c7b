package dev.cascade.okr.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a plugin's Active Objects upgrade tasks the way the AO plugin does: the tasks newer than the stored model
 * version, oldest first, each told the version it starts from; the stored version then moves to the newest task's.
 *
 * <p>The AO plugin keeps the model version in SAL plugin settings; the dev host keeps it in a file of its data folder
 * ({@code ao-model-version}), so a restart runs nothing twice and {@code -Dcascade.reset=true} starts again at 0.
 */
public final class DevUpgradeTasks {

    private final Path versionFile;

    /** Upgrade tasks whose model version is stored in {@code versionFile}. */
    public DevUpgradeTasks(Path versionFile) {
        this.versionFile = versionFile;
    }

    /** The stored model version; 0 before any task ran. */
    public ModelVersion storedVersion() {
        try {
            return Files.exists(versionFile)
                    ? ModelVersion.valueOf(Files.readString(versionFile, StandardCharsets.UTF_8).trim())
                    : ModelVersion.valueOf("0");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + versionFile, e);
        }
    }

    /**
     * Runs the tasks newer than the stored version, oldest first, and stores the newest version reached.
     *
     * @return the versions run, in order
     */
    public List<ModelVersion> run(List<ActiveObjectsUpgradeTask> tasks, ActiveObjects ao) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        ModelVersion current = storedVersion();
        List<ModelVersion> ran = new ArrayList<>();
        for (ActiveObjectsUpgradeTask task : sorted) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
                ran.add(current);
                store(current);
            }
        }
        return ran;
    }

    private void store(ModelVersion version) {
        try {
            Files.createDirectories(versionFile.toAbsolutePath().getParent());
            Files.writeString(versionFile, version.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + versionFile, e);
        }
    }
}
