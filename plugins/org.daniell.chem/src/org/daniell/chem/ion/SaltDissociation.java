package org.daniell.chem.ion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;

/**
 * Splits a neutral salt, acid or base into the ions it dissolves into, using the {@link IonTable}: ZnSO4 → Zn²⁺ +
 * SO4²⁻, Ca(PF6)2 → Ca²⁺ + 2 PF6⁻, CH3COONH4 → NH4⁺ + CH3COO⁻, H2SO4 → 2 H⁺ + SO4²⁻, KOH → K⁺ + OH⁻. A formula that
 * is already charged (Zn[2+], AlCl4[-]) is one free ion. The salt must be binary (one cation, one anion, with
 * ν₊z₊ = ν₋|z₋|, the electroneutrality of the formula unit, seed-000 §3.3); double salts and complexes not in the
 * table are not split.
 */
public final class SaltDissociation {

    private static final double TOLERANCE = 1e-6;

    private SaltDissociation() {
    }

    /** One ion of a dissociated formula unit and how many of it the formula unit gives. */
    public record Share(Ion ion, double count) {

        /** Equivalents of charge this ion carries per formula unit, ν·|z|. */
        public double equivalents() {
            return count * Math.abs(ion.charge());
        }
    }

    /** The ions of one formula unit of {@code formula}; empty when the formula cannot be read as a binary salt. */
    public static Optional<List<Share>> ions(String formula) {
        return ChemicalFormula.parse(formula).optionalValue().flatMap(SaltDissociation::ions);
    }

    /** As {@link #ions(String)}, for a parsed formula. */
    public static Optional<List<Share>> ions(ChemicalFormula formula) {
        if (formula.charge() != 0) {
            return freeIon(formula).map(ion -> List.of(new Share(ion, 1)));
        }
        Map<Element, Double> salt = formula.elementAmounts();
        for (Ion cation : IonTable.all()) {
            if (!cation.isCation()) {
                continue;
            }
            Map<Element, Double> c = composition(cation);
            for (Ion anion : IonTable.all()) {
                if (!anion.isAnion()) {
                    continue;
                }
                Optional<List<Share>> split = split(salt, cation, c, anion, composition(anion));
                if (split.isPresent()) {
                    return split;
                }
            }
        }
        return Optional.empty();
    }

    /** Electrons per formula unit, n_e = ν₊z₊ (seed-000 §3.3): LiPF6 1, Ca(PF6)2 2, Al(ClO4)3 3. */
    public static double electronsPerFormulaUnit(List<Share> shares) {
        return shares.stream().filter(s -> s.ion().isCation()).mapToDouble(Share::equivalents).sum();
    }

    private static Optional<Ion> freeIon(ChemicalFormula formula) {
        Map<Element, Double> amounts = formula.elementAmounts();
        return IonTable.all().stream()
                .filter(ion -> ion.charge() == formula.charge() && sameComposition(composition(ion), amounts, 1))
                .findFirst();
    }

    /** ν₊ cation + ν₋ anion with ν₊z₊ + ν₋z₋ = 0 and the element amounts of the salt. */
    private static Optional<List<Share>> split(Map<Element, Double> salt, Ion cation, Map<Element, Double> c,
            Ion anion, Map<Element, Double> a) {
        if (c.isEmpty() || a.isEmpty()) {
            return Optional.empty();
        }
        // the smallest neutral pair, scaled by the salt's amount of an element of the cation
        int zc = cation.charge();
        int za = -anion.charge();
        int g = gcd(zc, za);
        double unitCations = za / g;
        double unitAnions = zc / g;
        Map<Element, Double> unit = new HashMap<>();
        c.forEach((e, n) -> unit.merge(e, n * unitCations, Double::sum));
        a.forEach((e, n) -> unit.merge(e, n * unitAnions, Double::sum));
        Element probe = unit.keySet().iterator().next();
        Double inSalt = salt.get(probe);
        if (inSalt == null) {
            return Optional.empty();
        }
        double scale = inSalt / unit.get(probe);
        if (!sameComposition(unit, salt, scale)) {
            return Optional.empty();
        }
        List<Share> shares = new ArrayList<>();
        shares.add(new Share(cation, unitCations * scale));
        shares.add(new Share(anion, unitAnions * scale));
        return Optional.of(List.copyOf(shares));
    }

    private static boolean sameComposition(Map<Element, Double> unit, Map<Element, Double> salt, double scale) {
        if (unit.size() != salt.size()) {
            return false;
        }
        for (Map.Entry<Element, Double> entry : unit.entrySet()) {
            Double amount = salt.get(entry.getKey());
            if (amount == null || Math.abs(amount - entry.getValue() * scale) > TOLERANCE * Math.max(1, amount)) {
                return false;
            }
        }
        return true;
    }

    private static Map<Element, Double> composition(Ion ion) {
        return ChemicalFormula.parse(ion.formula()).optionalValue().map(ChemicalFormula::elementAmounts)
                .orElse(Map.of());
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
