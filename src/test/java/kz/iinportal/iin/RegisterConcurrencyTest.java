package kz.iinportal.iin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.testsupport.Race;

/**
 * 16 threads forming IINs at once against the real PostgreSQL, on one birth date and sex (all queue on one counter
 * row) and on random dates. Every IIN must be distinct, valid and encode its person's date and sex.
 */
@QuarkusTest
class RegisterConcurrencyTest {

    static final int THREADS = 16;
    static final int PER_THREAD = 40;

    @Inject
    Register register;

    @Inject
    EntityManager em;

    @Test
    void sixteenThreadsOnTheSameBirthDateAndSex() throws Exception {
        sameBirthDateAndSex(LocalDate.of(1995, 12, 31));
    }

    private void sameBirthDateAndSex(LocalDate birth) throws Exception {
        Map<String, PersonData> formed = formConcurrently(random -> birth, random -> Sex.FEMALE);

        assertEquals(THREADS * PER_THREAD, formed.size(), "every formation got its own IIN");
        assertAllValidAndEncoding(formed);
        long inRegister = QuarkusTransaction.requiringNew().call(() -> IinRecord
                .count("substring(iin, 1, 7) = ?1", SerialAllocator.prefix(birth, Sex.FEMALE)));
        assertEquals(THREADS * PER_THREAD, inRegister, "register count matches");
    }

    @Test
    void sixteenThreadsOnRandomDates() throws Exception {
        Map<String, PersonData> formed = formConcurrently(
                random -> LocalDate.of(1800, 1, 1).plusDays(random.nextInt(300 * 365)),
                random -> random.nextBoolean() ? Sex.MALE : Sex.FEMALE);

        assertEquals(THREADS * PER_THREAD, formed.size());
        assertAllValidAndEncoding(formed);
        long inRegister = QuarkusTransaction.requiringNew().call(() -> IinRecord.count("iin in ?1",
                new ArrayList<>(formed.keySet())));
        assertEquals(THREADS * PER_THREAD, inRegister);
    }

    @Test
    void noDuplicateNumbersInTheWholeRegister() throws Exception {
        sameBirthDateAndSex(LocalDate.of(2004, 2, 29));
        Number duplicates = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT count(*) FROM (SELECT iin FROM iin_record GROUP BY iin HAVING count(*) > 1) d")
                .getSingleResult());
        assertEquals(0, duplicates.intValue());
    }

    private Map<String, PersonData> formConcurrently(Function<Random, LocalDate> dates,
            Function<Random, Sex> sexes) throws Exception {
        Map<String, PersonData> formed = new ConcurrentHashMap<>();
        List<Callable<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t * 7919L + System.nanoTime());
            workers.add(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    PersonData data = RegisterTestData.person(dates.apply(random), sexes.apply(random));
                    PersonData previous = formed.put(register.form(data, "t", null).iin, data);
                    if (previous != null) {
                        throw new AssertionError("IIN handed out twice");
                    }
                }
                return PER_THREAD;
            });
        }
        Race.run(workers);
        return formed;
    }

    private static void assertAllValidAndEncoding(Map<String, PersonData> formed) {
        Set<String> seen = new HashSet<>();
        formed.forEach((value, data) -> {
            Iin iin = Iin.parse(value);
            assertTrue(seen.add(value));
            assertEquals(data.birthDate(), iin.birthDate(), value);
            assertEquals(data.sex(), iin.sex(), value);
        });
    }
}
