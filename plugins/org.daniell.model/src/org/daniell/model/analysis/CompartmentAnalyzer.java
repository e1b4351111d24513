package org.daniell.model.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.ion.SaltDissociation;
import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.ConstituentRole;
import org.daniell.model.design.Electrolyte;
import org.daniell.model.design.Material;
import org.daniell.model.design.MaterialCategory;

/** Reads the ions of each electrolyte compartment of a cell from its salts, acids, bases and free ions. */
final class CompartmentAnalyzer {

    private static final String SOURCE = "seed-000 §3.5";

    private CompartmentAnalyzer() {
    }

    /** One entry per compartment with an electrolyte; the cell's single electrolyte when it has no compartments. */
    static List<CompartmentAnalysis> analyze(Cell cell) {
        List<CompartmentAnalysis> result = new ArrayList<>();
        List<Compartment> compartments = compartments(cell);
        for (Compartment compartment : compartments) {
            if (compartment.getElectrolyte() != null) {
                result.add(analyze(compartment.getName(), Optional.of(compartment), compartment.getElectrolyte(),
                        compartment.getElectrodes(), compartment.getTank()));
            }
        }
        Electrolyte single = Resolved.electrolyte(cell);
        if (compartments.isEmpty() && single != null) {
            String name = single.getName() == null ? "electrolyte" : single.getName();
            result.add(analyze(name, Optional.empty(), single, Resolved.electrodes(cell), null));
        }
        return result;
    }

    static List<Compartment> compartments(Cell cell) {
        for (Cell c : Resolved.lineage(cell)) {
            if (!c.getCompartments().isEmpty()) {
                return c.getCompartments();
            }
        }
        return List.of();
    }

    private static CompartmentAnalysis analyze(String name, Optional<Compartment> compartment, Electrolyte electrolyte,
            List<org.daniell.model.design.Electrode> electrodes, org.daniell.model.design.Quantity tank) {
        List<IonConcentration> ions = new ArrayList<>();
        List<Constituent> unsplit = new ArrayList<>();
        List<Constituent> unquantified = new ArrayList<>();
        Kind<?> basis = null;
        boolean mixedBasis = false;
        for (Constituent constituent : Resolved.constituents(electrolyte)) {
            if (!ionic(constituent)) {
                continue;
            }
            Material material = constituent.getMaterial();
            Optional<List<SaltDissociation.Share>> shares = Chemistry.formula(material).flatMap(SaltDissociation::ions);
            if (shares.isEmpty()) {
                if (constituent.getRole() != ConstituentRole.ADDITIVE) {
                    unsplit.add(constituent);
                }
                continue;
            }
            Optional<Figure> c = concentration(constituent);
            if (c.isEmpty()) {
                unquantified.add(constituent);
            } else if (basis == null) {
                basis = c.get().kind();
            } else if (basis != c.get().kind()) {
                mixedBasis = true;
            }
            for (SaltDissociation.Share share : shares.get()) {
                Optional<Figure> ionC = c.map(f -> Figure.derived("ionConcentration",
                        share.ion().symbol() + " from " + material.getName(), f.value() * share.count(), f.kind(),
                        "ν × c(" + material.getName() + "), ν = " + Figure.format(share.count()), SOURCE, f));
                ions.add(new IonConcentration(share.ion(), share.count(), constituent, ionC));
            }
        }
        Optional<Figure> cations = Optional.empty();
        Optional<Figure> anions = Optional.empty();
        Optional<Figure> strength = Optional.empty();
        if (!ions.isEmpty() && unquantified.isEmpty() && !mixedBasis && basis != null) {
            List<Figure> inputs = ions.stream().map(i -> i.concentration().get()).toList();
            double plus = 0;
            double minus = 0;
            double ionic = 0;
            for (IonConcentration ion : ions) {
                double ci = ion.concentration().get().value();
                int z = ion.ion().charge();
                if (z > 0) {
                    plus += ci * z;
                } else {
                    minus += ci * -z;
                }
                ionic += 0.5 * ci * z * z;
            }
            String per = basis == Kind.MOLALITY ? "eq/kg" : "eq/L";
            cations = Optional.of(new Figure("cationCharge", "cation charge in " + name + " (" + per + ")", plus,
                    basis, "Σ cᵢzᵢ over cations", inputs, SOURCE));
            anions = Optional.of(new Figure("anionCharge", "anion charge in " + name + " (" + per + ")", minus,
                    basis, "Σ cᵢ|zᵢ| over anions", inputs, SOURCE));
            strength = Optional.of(new Figure("ionicStrength", "ionic strength of " + name, ionic, basis,
                    "I = ½ Σ cᵢzᵢ²", inputs, "IUPAC Gold Book, 'ionic strength'"));
        }
        Optional<Figure> volume = Stated.figure("compartmentVolume", "volume of " + name, tank, Kind.VOLUME)
                .or(() -> Stated.figure("compartmentVolume", "volume of " + name,
                        Resolved.nearest(Resolved.lineage(electrolyte), Electrolyte::getAmount), Kind.VOLUME));
        return new CompartmentAnalysis(name, compartment, electrolyte, electrodes, ions, unsplit, unquantified, cations,
                anions, strength, volume);
    }

    /** Salts, acids, bases and additives carry ions; solvents and polymers do not. */
    static boolean ionic(Constituent constituent) {
        if (!Resolved.resolved(constituent.getMaterial())) {
            return false;
        }
        if (constituent.isSetRole()) {
            ConstituentRole role = constituent.getRole();
            return role == ConstituentRole.SALT || role == ConstituentRole.ACID || role == ConstituentRole.BASE
                    || role == ConstituentRole.ADDITIVE && Chemistry.formula(constituent.getMaterial()).isPresent();
        }
        MaterialCategory category = constituent.getMaterial().getCategory();
        return category == MaterialCategory.SALT || category == MaterialCategory.ACID
                || category == MaterialCategory.BASE;
    }

    /** The stated concentration as molarity, else as molality. */
    static Optional<Figure> concentration(Constituent constituent) {
        String label = "c(" + constituent.getMaterial().getName() + ")";
        OptionalDouble molar = Stated.value(constituent.getAmount(), Kind.CONCENTRATION);
        if (molar.isPresent()) {
            return Stated.figure("concentration", label, constituent.getAmount(), Kind.CONCENTRATION);
        }
        return Stated.figure("concentration", label, constituent.getAmount(), Kind.MOLALITY);
    }
}
