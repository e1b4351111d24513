package org.daniell.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.daniell.chem.element.Element;
import org.daniell.chem.formula.ChemicalFormula;
import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.Chemistry;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.ConstituentRole;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.ElectrolyteKind;
import org.daniell.model.design.Material;

/**
 * What the stability, pH and collector checks need to know about an electrolyte: whether it is water-based, whether
 * it is plain (dilute) water, its pH, which cations and anions its salts bring, and which electrolyte an electrode
 * sits in (its compartment's, else the cell's).
 */
final class ElectrolyteFacts {

    /** Salt concentration above which an aqueous electrolyte is no longer "dilute" (seed-001-002 §3.3 E17: ≤ 2–3 M). */
    static final double DILUTE_LIMIT_MOLAR = 3.0;

    private ElectrolyteFacts() {
    }

    static Optional<ElectrolyteKind> kind(Electrolyte electrolyte) {
        return Optional.ofNullable(Resolved.nearest(Resolved.lineage(electrolyte),
                e -> e.isSetKind() ? e.getKind() : null));
    }

    /** Water is the solvent: an aqueous, water-in-salt or hydrogel electrolyte, or one whose solvent is H2O. */
    static boolean waterBased(Electrolyte electrolyte) {
        Optional<ElectrolyteKind> kind = kind(electrolyte);
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case AQUEOUS, WATER_IN_SALT, HYDROGEL -> true;
                default -> false;
            };
        }
        return hasWaterSolvent(electrolyte);
    }

    /**
     * A plain aqueous electrolyte: water-based without a window-widening strategy (water-in-salt, hydrogel, any salt
     * above {@value #DILUTE_LIMIT_MOLAR} M, or a co-solvent other than water) — seed-000 §4.2 R-W1.
     */
    static boolean plainAqueous(Electrolyte electrolyte) {
        if (!waterBased(electrolyte) || kind(electrolyte).map(k -> k != ElectrolyteKind.AQUEOUS).orElse(false)) {
            return false;
        }
        for (Constituent c : Resolved.constituents(electrolyte)) {
            if (c.getRole() == ConstituentRole.SOLVENT && !isWater(c.getMaterial())) {
                return false;
            }
            if (c.getRole() == ConstituentRole.POLYMER) {
                return false;
            }
            if (molar(c) > DILUTE_LIMIT_MOLAR) {
                return false;
            }
        }
        return true;
    }

    /** The concentration of a constituent in mol/L or mol/kg (either counts for "concentrated"); 0 if not stated. */
    static double molar(Constituent constituent) {
        OptionalDouble m = Stated.value(constituent.getAmount(), Kind.CONCENTRATION);
        if (m.isEmpty()) {
            m = Stated.value(constituent.getAmount(), Kind.MOLALITY);
        }
        return m.orElse(0);
    }

    /**
     * The spec states the electrolyte's own stability window: it then replaces the 1.23 V water window, and the
     * electrodes are checked against it instead (seed-000 §4.2 R-W2).
     */
    static boolean declaresWindow(Electrolyte electrolyte) {
        return Resolved.nearest(Resolved.lineage(electrolyte), Electrolyte::getWindow) != null;
    }

    static boolean hasWaterSolvent(Electrolyte electrolyte) {
        return Resolved.constituents(electrolyte).stream()
                .anyMatch(c -> c.getRole() == ConstituentRole.SOLVENT && isWater(c.getMaterial()));
    }

    static boolean isWater(Material material) {
        return Chemistry.formula(material).map(f -> f.charge() == 0 && f.elementAmounts().size() == 2
                && f.amountOf("H") == 2 && f.amountOf("O") == 1).orElse(false);
    }

    static OptionalDouble pH(Electrolyte electrolyte) {
        java.math.BigDecimal pH = Resolved.nearest(Resolved.lineage(electrolyte), Electrolyte::getPH);
        return pH == null ? OptionalDouble.empty() : OptionalDouble.of(pH.doubleValue());
    }

    /** An acid constituent and no base: the solution is acidic even when no pH is written. */
    static boolean acidic(Electrolyte electrolyte) {
        OptionalDouble pH = pH(electrolyte);
        if (pH.isPresent()) {
            return pH.getAsDouble() < 7;
        }
        List<Constituent> all = Resolved.constituents(electrolyte);
        return all.stream().anyMatch(c -> c.getRole() == ConstituentRole.ACID)
                && all.stream().noneMatch(c -> c.getRole() == ConstituentRole.BASE);
    }

    static boolean alkaline(Electrolyte electrolyte) {
        OptionalDouble pH = pH(electrolyte);
        if (pH.isPresent()) {
            return pH.getAsDouble() > 7;
        }
        List<Constituent> all = Resolved.constituents(electrolyte);
        return all.stream().anyMatch(c -> c.getRole() == ConstituentRole.BASE)
                && all.stream().noneMatch(c -> c.getRole() == ConstituentRole.ACID);
    }

    /** Formulas of the dissolved constituents (salts, acids, bases and additives). */
    static List<ChemicalFormula> soluteFormulas(Electrolyte electrolyte) {
        List<ChemicalFormula> result = new ArrayList<>();
        for (Constituent c : Resolved.constituents(electrolyte)) {
            if (c.getRole() != ConstituentRole.SOLVENT && c.getRole() != ConstituentRole.POLYMER) {
                Chemistry.formula(c.getMaterial()).ifPresent(result::add);
            }
        }
        return result;
    }

    /** Chloride (Cl without oxygen, so not perchlorate) in a dissolved constituent, e.g. LiCl, MgCl2, AlCl3. */
    static boolean containsChloride(Electrolyte electrolyte) {
        return soluteFormulas(electrolyte).stream().anyMatch(f -> f.amountOf("Cl") > 0 && f.amountOf("O") == 0);
    }

    /** The metal cations the solutes bring, each with its usual charge (Zn2+, Li+, Al3+ …). */
    static List<Cation> metalCations(Electrolyte electrolyte) {
        List<Cation> result = new ArrayList<>();
        for (ChemicalFormula formula : soluteFormulas(electrolyte)) {
            for (Element element : formula.elementAmounts().keySet()) {
                boolean metal = element.category().isMetalLike()
                        && element.category() != org.daniell.chem.element.ElementCategory.METALLOID;
                OptionalInt charge = Chemistry.defaultCationCharge(element);
                if (metal && charge.isPresent() && charge.getAsInt() > 0
                        && result.stream().noneMatch(c -> c.element().equals(element))) {
                    result.add(new Cation(element, charge.getAsInt()));
                }
            }
        }
        return result;
    }

    record Cation(Element element, int charge) {
        String written() {
            return element.symbol() + "[" + (charge == 1 ? "" : charge) + "+]";
        }
    }

    /** The electrolyte an electrode is in: its compartment's when a compartment holds it, else the cell's. */
    static Optional<Electrolyte> around(Cell cell, Electrode electrode) {
        for (Cell c : Resolved.lineage(cell)) {
            for (Compartment compartment : c.getCompartments()) {
                if (compartment.getElectrolyte() != null && compartment.getElectrodes().contains(electrode)) {
                    return Optional.of(compartment.getElectrolyte());
                }
            }
        }
        return Optional.ofNullable(Resolved.electrolyte(cell));
    }

    /** Every electrolyte of the cell: the cell's own and its compartments'. */
    static List<Electrolyte> all(Cell cell) {
        List<Electrolyte> result = new ArrayList<>();
        Optional.ofNullable(Resolved.electrolyte(cell)).ifPresent(result::add);
        for (Cell c : Resolved.lineage(cell)) {
            for (Compartment compartment : c.getCompartments()) {
                if (compartment.getElectrolyte() != null) {
                    result.add(compartment.getElectrolyte());
                }
            }
        }
        return result;
    }

    /** Compartments whose electrolytes differ in acidity: a pH-decoupled design (seed-000 §3.8). */
    static boolean phDecoupled(Cell cell) {
        List<Electrolyte> all = all(cell);
        return all.stream().anyMatch(ElectrolyteFacts::acidic) && all.stream().anyMatch(e -> !acidic(e))
                || all.stream().anyMatch(ElectrolyteFacts::alkaline) && all.stream().anyMatch(e -> !alkaline(e));
    }
}
