package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import kz.iinportal.web.DemoSeeding;

/**
 * Demo data for dev mode: a few hundred register persons with IINs formed by the real allocator, some of them
 * corrected (new number for a wrong birth date or sex, data-only for a misspelt name). Runs once, on an empty register.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoRegister {

    private static final Logger LOG = Logger.getLogger(DemoRegister.class);
    static final int PERSONS = 300;

    private static final List<String> FAMILY = List.of("SMITH", "MUELLER", "LI", "WANG", "KIM", "PARK", "IVANOV",
            "PETROVA", "ROSSI", "GARCIA", "NGUYEN", "YILMAZ", "KHAN", "ALIEV", "TASHKENTOVA", "O'BRIEN", "DUPONT",
            "SCHMIDT", "NOVAK", "KOWALSKA", "SATO", "TANAKA", "LOPEZ", "SILVA", "AHMED", "HASSAN", "MAMEDOV");
    private static final List<String> GIVEN = List.of("JOHN", "ANNA", "WEI", "JI-WOO", "OLGA", "SERGEI", "MARIA",
            "LUCA", "YUKI", "AHMET", "FATIMA", "PIERRE", "EVA", "ZHANG", "DILNOZA", "RUSTAM", "SOFIA", "JAN", "MEI");
    private static final List<String> COUNTRIES = List.of("CN", "RU", "UZ", "KG", "TR", "DE", "US", "KR", "IN",
            "TJ", "AZ", "FR", "IT", "PL", "JP", "VN", "PK", "EG");

    @Inject
    Register register;

    /** One transaction, so that the seeding lock holds until the whole register is in. */
    @Transactional
    void onStart(@Observes StartupEvent event) {
        DemoSeeding.waitForOtherRunners();
        if (Person.count() == 0) {
            seed(PERSONS, new Random(2026));
            LOG.infof("Demo register seeded: %d persons, %d IIN records", Person.count(), IinRecord.count());
        }
    }

    /**
     * One transaction per formation and per correction, as operators would make them, unless the caller's
     * transaction takes them all.
     */
    public void seed(int persons, Random random) {
        for (int i = 0; i < persons; i++) {
            PersonData data = randomPerson(random);
            IinRecord formed = register.form(data, "demo-import", null);
            if (i % 10 == 3) {
                register.correct(formed.iin, data.withBirthDate(data.birthDate().plusDays(1 + random.nextInt(40))),
                        false, "demo-import", null);
            } else if (i % 10 == 6) {
                register.correct(formed.iin, data.withSex(data.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE), false,
                        "demo-import", null);
            } else if (i % 10 == 8) {
                register.correct(formed.iin, data.withNames(data.familyName() + "-" + pick(FAMILY, random),
                        data.givenNames()), false, "demo-import", null);
            }
        }
    }

    static PersonData randomPerson(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60));
        boolean stateless = random.nextInt(25) == 0;
        String country = pick(COUNTRIES, random);
        LocalDate issued = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 7));
        PersonData.Document document = new PersonData.Document(
                stateless ? DocumentType.STATELESS_PERSON_DOCUMENT : DocumentType.PASSPORT,
                String.format("%s%07d", (char) ('A' + random.nextInt(26)), random.nextInt(10_000_000)),
                country, issued, issued.plusYears(10));
        return new PersonData(pick(FAMILY, random), pick(GIVEN, random), null, null, birth,
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE, stateless ? null : country, document);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
