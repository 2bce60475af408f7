package kz.iinportal.web;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Demo data is seeded once, when the tables are empty. Two dev runners on one database both found them empty and
 * both seeded; the first to start now holds this lock until its seeding transaction commits, and the second then
 * finds the data and leaves it.
 */
public final class DemoSeeding {

    private DemoSeeding() {
    }

    /** Waits, inside the caller's transaction, until no other runner is seeding; released at its commit. */
    public static void waitForOtherRunners() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('iin-demo-seeding'))")
                .getSingleResult();
    }
}
