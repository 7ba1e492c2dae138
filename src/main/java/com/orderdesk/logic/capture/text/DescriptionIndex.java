package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.common.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text match of the customer's words over the catalogue's descriptions. A product fits when it
 * holds every word the customer used that the catalogue knows; the answer is certain only when
 * exactly one product fits and no word was left unexplained. Two products that fit equally are
 * never guessed between.
 */
public final class DescriptionIndex {
    /** {@code CERTAIN}: one product; {@code AMBIGUOUS}: several fit; {@code CLOSEST}: a suggestion only. */
    public enum Fit { CERTAIN, AMBIGUOUS, CLOSEST, NONE }

    public record Match(Fit fit, List<String> skus, List<String> unexplained) {
        public String sku() {
            return skus.isEmpty() ? null : skus.get(0);
        }
    }

    private final List<String> skus = new ArrayList<>();
    private final List<Set<String>> wordsOfProduct = new ArrayList<>();
    private final Map<String, List<Integer>> productsByWord = new HashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    private final Map<String, List<String>> vocabularyByDeletion = new HashMap<>();

    DescriptionIndex(List<MasterData.Product> products) {
        for (MasterData.Product p : products) {
            Set<String> words = new HashSet<>(Words.content(p.description()));
            int index = skus.size();
            skus.add(p.sku());
            wordsOfProduct.add(words);
            words.forEach(w -> productsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
        }
        int n = Math.max(1, products.size());
        productsByWord.forEach((w, list) -> weight.put(w, Math.log(1.0 + (double) n / list.size())));
        for (String w : productsByWord.keySet()) {
            if (w.length() >= 5 && Character.isLetter(w.charAt(0))) {
                for (int i = 0; i < w.length(); i++) {
                    vocabularyByDeletion.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new ArrayList<>()).add(w);
                }
                vocabularyByDeletion.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** Whether the catalogue uses this (comparable) word at all. */
    public boolean knows(String word) {
        return productsByWord.containsKey(word);
    }

    /**
     * Matches comparable words (from {@link Words#content}); {@code ignorable} are words known not to
     * name a product attribute (the customer's place names, dates), left out of the match.
     */
    public Match match(List<String> query, Set<String> ignorable) {
        List<String> known = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (String w : query) {
            if (ignorable.contains(w)) {
                continue;
            }
            String k = knows(w) ? w : corrected(w);
            if (k != null) {
                if (!known.contains(k)) {
                    known.add(k);
                }
            } else {
                unexplained.add(w);
            }
        }
        if (known.isEmpty()) {
            return new Match(Fit.NONE, List.of(), unexplained);
        }
        List<Integer> fitting = holdingAll(known);
        if (fitting.size() == 1) {
            return new Match(unexplained.isEmpty() ? Fit.CERTAIN : Fit.CLOSEST, List.of(skus.get(fitting.get(0))), unexplained);
        }
        if (fitting.size() > 1) {
            Integer tightest = tightest(fitting);
            if (tightest != null) {
                return new Match(unexplained.isEmpty() ? Fit.CERTAIN : Fit.CLOSEST, List.of(skus.get(tightest)), unexplained);
            }
            List<String> names = new ArrayList<>();
            fitting.stream().limit(5).forEach(i -> names.add(skus.get(i)));
            return new Match(Fit.AMBIGUOUS, names, unexplained);
        }
        return closest(known, unexplained);
    }

    /**
     * "large gloves" fits Large and X-Large, but X-Large says more than was asked: when one fitting
     * product's words are a strict part of every other's, it is the one meant. Otherwise none is.
     */
    private Integer tightest(List<Integer> fitting) {
        Integer best = null;
        for (int i : fitting) {
            if (best == null || wordsOfProduct.get(i).size() < wordsOfProduct.get(best).size()) {
                best = i;
            }
        }
        for (int i : fitting) {
            if (i != best && !(wordsOfProduct.get(i).containsAll(wordsOfProduct.get(best))
                    && wordsOfProduct.get(i).size() > wordsOfProduct.get(best).size())) {
                return null;
            }
        }
        return best;
    }

    private List<Integer> holdingAll(List<String> known) {
        String rarest = known.get(0);
        for (String w : known) {
            if (productsByWord.get(w).size() < productsByWord.get(rarest).size()) {
                rarest = w;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i : productsByWord.get(rarest)) {
            if (wordsOfProduct.get(i).containsAll(known)) {
                out.add(i);
            }
        }
        return out;
    }

    /** No product holds every word: the best weighted overlap, offered only as a suggestion. */
    private Match closest(List<String> known, List<String> unexplained) {
        Map<Integer, Double> score = new HashMap<>();
        double total = 0;
        for (String w : known) {
            double wt = weight.get(w);
            total += wt;
            for (int i : productsByWord.get(w)) {
                score.merge(i, wt, Double::sum);
            }
        }
        int best = -1;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<Integer, Double> e : score.entrySet()) {
            double s = e.getValue();
            if (s > bestScore || (s == bestScore && best >= 0 && e.getKey() < best)) {
                second = Math.max(second, bestScore);
                bestScore = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        if (best < 0 || bestScore / total < 0.5) {
            return new Match(Fit.NONE, List.of(), unexplained);
        }
        if (second >= bestScore - 1e-9) {
            return new Match(Fit.AMBIGUOUS, List.of(skus.get(best)), unexplained);
        }
        return new Match(Fit.CLOSEST, List.of(skus.get(best)), unexplained);
    }

    /** A catalogue word one typo away, when exactly one is. */
    private String corrected(String w) {
        if (w.length() < 5 || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        Set<String> candidates = new HashSet<>(vocabularyByDeletion.getOrDefault(w, List.of()));
        for (int i = 0; i < w.length(); i++) {
            candidates.addAll(vocabularyByDeletion.getOrDefault(w.substring(0, i) + w.substring(i + 1), List.of()));
        }
        candidates.removeIf(c -> !EditDistance.atMostOne(w, c));
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }
}
