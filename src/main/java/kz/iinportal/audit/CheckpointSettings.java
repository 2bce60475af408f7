package kz.iinportal.audit;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where and how often the signed checkpoints of the audit chains are written (docs/operations.md, "Checkpoints"). */
@ConfigMapping(prefix = "iin.audit")
public interface CheckpointSettings {

    /**
     * How often a checkpoint is written (a Quarkus scheduler period: "10m", "1h"; "off" writes only on demand).
     * Across instances one line per period: an instance skips when the last line is younger than the period.
     */
    @WithDefault("10m")
    String checkpointEvery();

    /**
     * The directory of the append-only checkpoint file, outside the database and writable by the portal
     * (IIN_AUDIT_CHECKPOINT_DIR; production refuses to start without it, kz.iinportal.production.ProductionSecrets).
     */
    Optional<Path> checkpointDir();
}
