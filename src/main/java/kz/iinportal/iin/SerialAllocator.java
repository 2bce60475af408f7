package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands out the next free IIN for a birth date and sex, inside the formation's transaction.
 * <p>
 * A prefix (YYMMDD + century/sex digit) has one counter row. For a <em>cold</em> prefix the formation's own
 * transaction increments it: the row stays locked until that transaction ends, so a rolled-back formation gives its
 * serial back. A prefix formed again within {@link #HOT_WINDOW_NANOS} is <em>hot</em>: queueing every formation on
 * the row until its commit would cap that prefix at one commit (one disk flush) at a time, so blocks of serials are
 * reserved by short transactions of their own and handed out from memory; a serial whose formation rolls back goes
 * back to the pool. Serials reserved but never used (the portal stopped) are skipped for good: gaps, never reuse.
 * The primary key of iin_record stays the last line of defence; numbers already held by imported records are skipped.
 */
@ApplicationScoped
public class SerialAllocator {

    static final long HOT_WINDOW_NANOS = 1_000_000_000L;
    static final int BLOCK = 16;

    /** Upsert that returns the next serial and whether its number is already taken; no row once 9999 is reached. */
    private static final String NEXT_SERIAL = """
            WITH next AS (
              INSERT INTO iin_serial_counter AS c (prefix, last_serial) VALUES (:prefix, 1)
              ON CONFLICT (prefix) DO UPDATE SET last_serial = c.last_serial + 1 WHERE c.last_serial < 9999
              RETURNING c.last_serial)
            SELECT last_serial, EXISTS (SELECT 1 FROM iin_record
                     WHERE iin BETWEEN :prefix || lpad(last_serial::text, 4, '0') || '0'
                                   AND :prefix || lpad(last_serial::text, 4, '0') || '9') AS taken
            FROM next""";

    /** Reserves up to :block serials at once; returns the last serial before and after the reservation. */
    private static final String RESERVE_BLOCK = """
            UPDATE iin_serial_counter c SET last_serial = least(o.old + :block, 9999)
            FROM (SELECT last_serial AS old FROM iin_serial_counter WHERE prefix = :prefix FOR UPDATE) o
            WHERE c.prefix = :prefix AND o.old < 9999
            RETURNING o.old, c.last_serial""";

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Long> lastUse = new ConcurrentHashMap<>();
    private final Map<String, Queue<Integer>> pools = new ConcurrentHashMap<>();

    @Transactional(TxType.MANDATORY)
    public Iin next(LocalDate birthDate, Sex sex) {
        String prefix = prefix(birthDate, sex);
        long now = System.nanoTime();
        Long previous = lastUse.put(prefix, now);
        Set<String> locked = counterRowsLockedByThisTransaction();
        // A transaction that already holds the prefix's row must not wait for a reservation that needs that row.
        boolean hot = previous != null && now - previous < HOT_WINDOW_NANOS && !locked.contains(prefix);
        if (!hot) {
            locked.add(prefix);
        }
        while (true) {
            Integer serial = hot ? fromPool(prefix) : fromCounter(prefix);
            if (serial == null) {
                continue; // the serial's number is held by an imported record
            }
            Optional<Iin> iin = Iin.form(birthDate, sex, serial);
            if (iin.isPresent()) {
                return iin.get();
            }
            // No usable check digit for this serial: it is never issued.
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> counterRowsLockedByThisTransaction() {
        Set<String> locked = (Set<String>) transactions.getResource(SerialAllocator.class);
        if (locked == null) {
            locked = new HashSet<>();
            transactions.putResource(SerialAllocator.class, locked);
        }
        return locked;
    }

    private Integer fromCounter(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(NEXT_SERIAL).setParameter("prefix", prefix).getResultList();
        if (rows.isEmpty()) {
            throw exhausted(prefix);
        }
        Object[] row = rows.get(0);
        return Boolean.TRUE.equals(row[1]) ? null : ((Number) row[0]).intValue();
    }

    private Integer fromPool(String prefix) {
        Queue<Integer> pool = pools.computeIfAbsent(prefix, p -> new ConcurrentLinkedQueue<>());
        Integer serial = pool.poll();
        while (serial == null) {
            reserveBlock(prefix, pool);
            serial = pool.poll();
        }
        Integer taken = serial;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_ROLLEDBACK) {
                    pool.offer(taken);
                }
            }
        });
        return serial;
    }

    /** A short transaction of its own, so the counter row is locked only for the reservation. */
    private void reserveBlock(String prefix, Queue<Integer> pool) {
        pool.addAll(QuarkusTransaction.requiringNew().call(() -> {
            // Fail rather than wait for ever should a formation elsewhere keep the row locked.
            em.createNativeQuery("SET LOCAL lock_timeout = '10s'").executeUpdate();
            em.createNativeQuery("INSERT INTO iin_serial_counter (prefix, last_serial) VALUES (:prefix, 0) "
                    + "ON CONFLICT (prefix) DO NOTHING").setParameter("prefix", prefix).executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> range = em.createNativeQuery(RESERVE_BLOCK).setParameter("prefix", prefix)
                    .setParameter("block", BLOCK).getResultList();
            if (range.isEmpty()) {
                throw exhausted(prefix);
            }
            int from = ((Number) range.get(0)[0]).intValue() + 1;
            int to = ((Number) range.get(0)[1]).intValue();
            @SuppressWarnings("unchecked")
            Set<Integer> taken = ((List<String>) em.createNativeQuery(
                    "SELECT iin FROM iin_record WHERE iin BETWEEN :from AND :to")
                    .setParameter("from", prefix + String.format("%04d", from) + "0")
                    .setParameter("to", prefix + String.format("%04d", to) + "9").getResultList())
                    .stream().map(iin -> Integer.valueOf(iin.substring(7, 11))).collect(Collectors.toSet());
            return IntStream.rangeClosed(from, to).filter(serial -> !taken.contains(serial)).boxed().toList();
        }));
    }

    private static RegisterException exhausted(String prefix) {
        return new RegisterException(RegisterException.Reason.SERIALS_EXHAUSTED,
                "No serial left for IIN prefix " + prefix);
    }

    /** Digits 1–7: birth date YYMMDD and the century/sex digit (1/2 1800s, 3/4 1900s, 5/6 2000s; odd male). */
    static String prefix(LocalDate birthDate, Sex sex) {
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099) {
            throw new IllegalArgumentException("Birth year must be within 1800-2099");
        }
        return String.format("%02d%02d%02d%d", year % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(),
                IinDigits.centurySexDigit(year, sex));
    }
}
