package kz.iinportal.audit;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import kz.iinportal.signing.JwsCheck;
import kz.iinportal.signing.PortalKey;

/**
 * Writes the signed checkpoints of both audit chains' ends to the append-only file outside the database, on a
 * schedule and on a supervisor's demand, and tells the audit page whether the chains still match the last one.
 *
 * <p>
 * Instances coordinate through a PostgreSQL advisory lock held while a line is written (so lines are appended one
 * after another, each linked to the one before) and the time of the last line (so a period gets one line however many
 * instances there are). Reading the chains' heads takes no row lock: the audit insert path never waits for a
 * checkpoint. The line's transaction is a plain JDBC one of its own (never the caller's): it only holds the advisory
 * lock while the line is appended.
 */
@ApplicationScoped
public class Checkpoints {

    private static final Logger LOG = Logger.getLogger(Checkpoints.class);

    static final String FILE_NAME = "audit-checkpoints.jsonl";

    /** The advisory lock's key; any constant no other part of the portal uses ("iin audit"). */
    static final long LOCK_KEY = 0x11A0_D17CL;

    private static final Duration DEFAULT_PERIOD = Duration.ofMinutes(10);
    private static final int TAIL = 4096;

    @Inject
    CheckpointSettings settings;

    @Inject
    PortalKey key;

    @Inject
    AgroalDataSource dataSource;

    /** The last checkpoint with what the chains say about it now; {@code problem} when it cannot be trusted. */
    public record Status(CheckpointLine line, CheckpointCheck.LineProblem problem, CheckpointCheck.ChainReport cases,
            CheckpointCheck.ChainReport admin) {
        public boolean matches() {
            return problem == null && cases.matches() && admin.matches();
        }

        public OffsetDateTime at() {
            return line == null ? null : line.at().atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The file's last line is not a checkpoint (cut short by a crash, edited): no line is linked to it until someone
     * has looked (bin/verify-audit --checkpoints) and repaired or set the file aside.
     */
    public static class DamagedFile extends IllegalStateException {
        DamagedFile(Path file) {
            super("The last line of " + file + " is not a checkpoint: check the file with bin/verify-audit "
                    + "--checkpoints");
        }
    }

    public Path file() {
        return settings.checkpointDir()
                .orElseThrow(() -> new IllegalStateException("IIN_AUDIT_CHECKPOINT_DIR is not set"))
                .resolve(FILE_NAME);
    }

    /** The period a scheduled checkpoint is due after; "off" (on demand only) judges by the default. */
    Duration period() {
        String every = settings.checkpointEvery().trim();
        return every.equalsIgnoreCase("off") || every.equalsIgnoreCase("disabled") ? DEFAULT_PERIOD
                : DurationConverter.parseDuration(every);
    }

    @Scheduled(every = "${iin.audit.checkpoint-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-checkpoint")
    void onSchedule() {
        try {
            writeIfDue(file());
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit checkpoint to " + file(), e);
        }
    }

    /**
     * A supervisor's checkpoint: written now (waiting for another instance's write to finish), then recorded in the
     * administration audit. The event follows the line, so the line never records a position that might roll back.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CheckpointLine writeOnDemand(String actor) {
        CheckpointLine line = write(file(), true).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> AdminEvent.record(actor, AdminEventKind.CHECKPOINT_WRITTEN,
                "checkpoint " + line.n(), null, "cases " + line.casesSeq() + ", admin " + line.adminSeq()));
        return line;
    }

    /** A scheduled checkpoint: skipped when another instance is writing or wrote one less than a period ago. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<CheckpointLine> writeIfDue(Path file) {
        return write(file, false);
    }

    /** A checkpoint now, to this file (tests and benchmarks pass their own). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CheckpointLine writeNow(Path file) {
        return write(file, true).orElseThrow();
    }

    private Optional<CheckpointLine> write(Path file, boolean demanded) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection, demanded)) {
                    return Optional.empty();
                }
                Optional<String> lastText = lastLine(file);
                Optional<CheckpointLine> last = lastText.map(text -> CheckpointLine.parse(text)
                        .orElseThrow(() -> new DamagedFile(file)));
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                if (!demanded && last.isPresent() && last.get().at().isAfter(now.minus(period().minus(slack())))) {
                    return Optional.empty();
                }
                CheckpointLine line = sign(connection, now, last.map(l -> l.n() + 1).orElse(1L),
                        lastText.map(AuditChain::sha256).orElse(AuditChain.GENESIS));
                append(file, line.text());
                return Optional.of(line);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chains' ends", e);
        }
    }

    /** A tenth of the period: a timer firing a little early still writes its period's line. */
    private Duration slack() {
        return period().dividedBy(10);
    }

    private static boolean lock(Connection connection, boolean wait) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                wait ? "SELECT pg_advisory_xact_lock(?), true" : "SELECT false, pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(2);
            }
        }
    }

    private CheckpointLine sign(Connection connection, Instant at, long n, String prev) throws SQLException {
        // One statement, one snapshot: both ends as committed at the same moment. A plain read, no FOR UPDATE.
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT c.seq, c.hash, a.seq, a.hash FROM audit_chain_head c CROSS JOIN admin_chain_head a");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            long casesSeq = rs.getLong(1);
            String casesHash = rs.getString(2);
            long adminSeq = rs.getLong(3);
            String adminHash = rs.getString(4);
            String kid = key.keyId();
            byte[] signature = key
                    .signLine(CheckpointLine.signedBytes(n, at, kid, casesSeq, casesHash, adminSeq, adminHash, prev));
            return new CheckpointLine(n, at, kid, casesSeq, casesHash, adminSeq, adminHash, prev, signature);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                // On disk before the lock is released: the next writer links to this line.
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + file, e);
        }
    }

    /** The file's last line, read from its end (the file grows by a line per period, for years). */
    static Optional<String> lastLine(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length == 0) {
                return Optional.empty();
            }
            int size = (int) Math.min(TAIL, length);
            byte[] tail = new byte[size];
            in.seek(length - size);
            in.readFully(tail);
            int end = tail[size - 1] == '\n' ? size - 1 : size;
            int start = end;
            while (start > 0 && tail[start - 1] != '\n') {
                start--;
            }
            return Optional.of(new String(tail, start, end - start, StandardCharsets.UTF_8));
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** The last checkpoint and whether both chains still have its positions' hashes; empty before the first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Status> status() {
        Optional<String> text = lastLine(file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<CheckpointLine> line = CheckpointLine.parse(text.get());
        if (line.isEmpty()) {
            return Optional.of(new Status(null, CheckpointCheck.LineProblem.MALFORMED, null, null));
        }
        JwsCheck check = JwsCheck.of(key.publicKeys());
        if (!check.verifyLine(line.get().keyId(), line.get().signedBytes(), line.get().signature())) {
            return Optional.of(new Status(line.get(), CheckpointCheck.LineProblem.BAD_SIGNATURE, null, null));
        }
        try (Connection connection = dataSource.getConnection()) {
            List<CheckpointCheck.ChainReport> reports = CheckpointCheck.matchChains(connection, List.of(line.get()));
            return Optional.of(new Status(line.get(), null, reports.get(0), reports.get(1)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit chains", e);
        }
    }
}
