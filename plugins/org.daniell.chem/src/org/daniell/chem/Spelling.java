package org.daniell.chem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean": the closest known spellings of a word by edit (Levenshtein) distance. */
public final class Spelling {

    private Spelling() {
    }

    /**
     * Up to {@code count} candidates close to {@code word} (within a third of its length, at least 2 edits),
     * closest first; case is ignored.
     */
    public static List<String> closestFew(String word, Collection<String> candidates, int count) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .distinct()
                .map(c -> Map.entry(c, distance(lower, c.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= limit)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The candidate closest to {@code word}, if it is within 1 edit (2 for words of 4 or more chars). */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = word.length() >= 4 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance || (d == bestDistance && best != null && c.length() < best.length())) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit && bestDistance > 0 ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
