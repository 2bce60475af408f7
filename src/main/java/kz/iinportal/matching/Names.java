package kz.iinportal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.iinportal.matching.MatchPart.How;
import kz.iinportal.matching.MatchPart.Part;

/**
 * The spellings of one name part (Latin and Cyrillic as filed) and how alike two of them are: the name half of
 * {@link Likeness}, whose Javadoc gives the scores.
 */
record Names(List<Spelling> spellings, boolean multiword) {

    static Names of(String latin, String cyrillic, boolean multiword) {
        List<Spelling> spellings = new ArrayList<>(2);
        for (String raw : new String[] { latin, cyrillic }) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            List<String> variants = LatinKeys.variants(raw);
            if (variants.isEmpty()) {
                continue;
            }
            List<Words> v = variants.stream().map(Words::of).toList();
            List<Words> s = variants.stream().map(LatinKeys::skeleton).distinct().map(Words::of).toList();
            spellings.add(new Spelling(raw.strip(), LatinKeys.fold(raw), v, s));
        }
        return new Names(spellings, multiword);
    }

    /** The best raw similarity over all spellings, for {@link Likeness#mayMatch}. */
    double best(Names other) {
        double best = 0;
        for (Spelling a : spellings) {
            for (Spelling b : other.spellings) {
                for (Words x : a.skeletons) {
                    for (Words y : b.skeletons) {
                        best = Math.max(best, Similarity.jaroWinkler(x.sortedJoined, y.sortedJoined));
                    }
                }
                for (Words x : a.variants) {
                    for (Words y : b.variants) {
                        best = Math.max(best, Similarity.jaroWinkler(x.joined, y.joined));
                    }
                }
            }
        }
        return best;
    }

    MatchPart compare(Names other, Part part) {
        if (spellings.isEmpty() || other.spellings.isEmpty()) {
            return new MatchPart(part, How.MISSING, first(), other.first(), null, 0);
        }
        MatchPart best = null;
        for (Spelling a : spellings) {
            for (Spelling b : other.spellings) {
                MatchPart p = compare(a, b, part);
                if (best == null || p.score() > best.score()) {
                    best = p;
                }
            }
        }
        return best;
    }

    private MatchPart compare(Spelling a, Spelling b, Part part) {
        Words af = Words.of(a.fold);
        Words bf = Words.of(b.fold);
        if (af.joined.equals(bf.joined)) {
            return new MatchPart(part, How.EXACT, a.raw, b.raw, null, 100);
        }
        if (multiword && af.sortedJoined.equals(bf.sortedJoined)) {
            return new MatchPart(part, How.ORDER_SWAPPED, a.raw, b.raw, null, 97);
        }
        for (Words x : a.variants) {
            for (Words y : b.variants) {
                if (x.joined.equals(y.joined) || multiword && x.sortedJoined.equals(y.sortedJoined)) {
                    return new MatchPart(part, How.TRANSLITERATION, a.raw, b.raw, via(a, b, x), 96);
                }
            }
        }
        for (Words x : a.skeletons) {
            for (Words y : b.skeletons) {
                if (x.joined.equals(y.joined) || multiword && x.sortedJoined.equals(y.sortedJoined)) {
                    return new MatchPart(part, How.TRANSLITERATION, a.raw, b.raw, null, 94);
                }
            }
        }
        double best = 0;
        How how = How.SIMILAR;
        for (Words x : a.variants) {
            for (Words y : b.variants) {
                double s = multiword ? words(x, y) : Similarity.jaroWinkler(x.joined, y.joined);
                if (s > best) {
                    best = s;
                    how = Similarity.edits(x.joined, y.joined, 1) <= 1 ? How.ONE_CHARACTER
                            : multiword && x.words.size() != y.words.size() && missingOnly(x, y)
                                    ? How.NAME_MISSING
                            : How.SIMILAR;
                }
            }
        }
        for (Words x : a.skeletons) {
            for (Words y : b.skeletons) {
                double s = multiword ? words(x, y) : Similarity.jaroWinkler(x.joined, y.joined);
                if (s > best) {
                    best = s;
                    how = How.SIMILAR;
                }
            }
        }
        int score = how == How.NAME_MISSING ? 80 : scaled(best);
        if (how == How.ONE_CHARACTER) {
            // Jaro-Winkler forgives little in short names (HUI/HIU scores 0.56): one slip counts by length
            score = Math.max(score, 100 - 120 / Math.max(a.fold.length(), b.fold.length()));
        }
        if (score < 50) {
            how = How.DIFFERENT;
        }
        return new MatchPart(part, how, a.raw, b.raw, null, score);
    }

    /** The Latin spelling shown for a match through another script: the Latin side's, upper case. */
    private static String via(Spelling a, Spelling b, Words shared) {
        boolean aCyrillic = LatinKeys.hasCyrillic(a.raw);
        boolean bCyrillic = LatinKeys.hasCyrillic(b.raw);
        return aCyrillic == bCyrillic ? null : String.join(" ", shared.words).toUpperCase(Locale.ROOT);
    }

    /** Given names compared whatever their order: the best of run together, sorted, and word by word. */
    private static double words(Words x, Words y) {
        if (x.words.isEmpty() || y.words.isEmpty()) {
            return 0;
        }
        double best = Math.max(Similarity.jaroWinkler(x.joined, y.joined),
                Similarity.jaroWinkler(x.sortedJoined, y.sortedJoined));
        if (x.words.size() == 1 && y.words.size() == 1) {
            return best;
        }
        List<String> shorter = x.words.size() <= y.words.size() ? x.words : y.words;
        List<String> longer = new ArrayList<>(shorter == x.words ? y.words : x.words);
        double sum = 0;
        for (String w : shorter) {
            double wordBest = 0;
            int at = -1;
            for (int i = 0; i < longer.size(); i++) {
                double s = Similarity.jaroWinkler(w, longer.get(i));
                if (s > wordBest) {
                    wordBest = s;
                    at = i;
                }
            }
            if (at >= 0) {
                longer.remove(at);
            }
            sum += wordBest;
        }
        double perWord = sum / shorter.size() * (x.words.size() == y.words.size() ? 1 : 0.92);
        return Math.max(best, perWord);
    }

    /** Every word of the shorter name is in the longer one. */
    private static boolean missingOnly(Words x, Words y) {
        List<String> shorter = x.words.size() <= y.words.size() ? x.words : y.words;
        List<String> longer = shorter == x.words ? y.words : x.words;
        return longer.containsAll(shorter);
    }

    private String first() {
        return spellings.isEmpty() ? "" : spellings.get(0).raw;
    }

    /** A similarity 0–1 as a part's score: 0.6 and less (unrelated names reach that) count 0. */
    static int scaled(double similarity) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, (similarity - 0.6) / 0.4)));
    }

    /** One spelling of a name: as typed, and its folds. */
    private record Spelling(String raw, String fold, List<Words> variants, List<Words> skeletons) {
    }

    /** A name's words in one spelling: as written, sorted, and run together both ways. */
    private record Words(List<String> words, String joined, String sortedJoined) {
        static Words of(String folded) {
            List<String> words = folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
            String[] sorted = words.toArray(String[]::new);
            Arrays.sort(sorted);
            return new Words(words, String.join("", words), String.join("", sorted));
        }
    }
}
