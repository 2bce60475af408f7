package kz.iinportal.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

import kz.iinportal.iin.Iin;
import kz.iinportal.iin.Sex;

/**
 * Single-thread throughput of {@link Iin#isValid} on a mix of valid and invalid 12-digit strings.
 * Target: at least 20 million validations per second.
 *
 * <p>A plain main rather than JMH to keep the build free of benchmark tooling; it compensates with
 * a warm-up phase, a fixed pre-generated input set (no generation cost measured), clock reads only
 * once per pass over the inputs, and a result sink printed at the end so the JIT cannot drop the
 * work. Optional arguments: measurement seconds (default 3), warm-up seconds (default 2).
 *
 * <p>Output (stdout), one {@code key=value} per line: {@code iin.validations_per_second} and
 * {@code iin.valid_share} (the sink).
 */
public final class IinValidationBench {

    private static final int INPUTS = 1 << 16;

    private IinValidationBench() {
    }

    public static void main(String[] args) {
        double measureSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        String[] inputs = inputs(new SplittableRandom(20_240_101L));

        run(inputs, warmupSeconds);
        Result result = run(inputs, measureSeconds);

        System.out.printf("iin.validations_per_second=%d%n", Math.round(result.validations / result.seconds));
        System.out.printf("iin.valid_share=%.3f%n", (double) result.valid / result.validations);
    }

    private record Result(long validations, long valid, double seconds) {
    }

    private static Result run(String[] inputs, double seconds) {
        long budget = (long) (seconds * 1e9);
        long valid = 0;
        long passes = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String input : inputs) {
                if (Iin.isValid(input)) {
                    valid++;
                }
            }
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return new Result(passes * inputs.length, valid, elapsed / 1e9);
    }

    /**
     * About half valid; the invalid half spreads over every 12-digit failure mode (century digit,
     * date, check digit), so branch prediction cannot learn a single path.
     */
    private static String[] inputs(SplittableRandom random) {
        long firstDay = LocalDate.of(1800, 1, 1).toEpochDay();
        long lastDay = LocalDate.of(2099, 12, 31).toEpochDay();
        String[] inputs = new String[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            if (random.nextBoolean()) {
                inputs[i] = randomDigits(random);
                continue;
            }
            String valid;
            do {
                LocalDate birthDate = LocalDate.ofEpochDay(random.nextLong(firstDay, lastDay + 1));
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                valid = Iin.form(birthDate, sex, random.nextInt(10_000)).map(Iin::value).orElse(null);
            } while (valid == null);
            inputs[i] = random.nextInt(4) == 0 ? withChangedDigit(valid, random) : valid;
        }
        return inputs;
    }

    private static String randomDigits(SplittableRandom random) {
        char[] digits = new char[12];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    private static String withChangedDigit(String value, SplittableRandom random) {
        char[] digits = value.toCharArray();
        int position = random.nextInt(digits.length);
        digits[position] = (char) ('0' + (digits[position] - '0' + 1 + random.nextInt(9)) % 10);
        return new String(digits);
    }
}
