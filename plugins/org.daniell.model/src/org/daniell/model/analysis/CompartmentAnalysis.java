package org.daniell.model.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.daniell.chem.ion.Ion;
import org.daniell.model.design.Compartment;
import org.daniell.model.design.Constituent;
import org.daniell.model.design.Electrode;
import org.daniell.model.design.Electrolyte;

/**
 * The ions of one electrolyte compartment (the cell's single electrolyte counts as one compartment) and their
 * charge balance, Σ cᵢzᵢ = 0 (seed-000 §3.5, R-E1).
 *
 * @param compartment    the compartment, absent for a cell's single electrolyte
 * @param electrodes     the electrodes the compartment holds (all of them for a single electrolyte)
 * @param ions           every ion of every constituent that could be split into ions
 * @param unsplit        salts, acids, bases and additives whose formula is not a salt of the ion table
 * @param unquantified   constituents that give ions but no concentration (or one in a unit of another kind)
 * @param cationCharge   Σ cᵢzᵢ over cations (eq/L or eq/kg), when every ionic constituent is quantified
 * @param anionCharge    Σ cᵢ|zᵢ| over anions
 * @param ionicStrength  I = ½ Σ cᵢzᵢ² (IUPAC Gold Book, 'ionic strength')
 * @param volume         the compartment's tank or the electrolyte's stated volume
 */
public record CompartmentAnalysis(String name, Optional<Compartment> compartment, Electrolyte electrolyte,
        List<Electrode> electrodes, List<IonConcentration> ions, List<Constituent> unsplit,
        List<Constituent> unquantified, Optional<Figure> cationCharge, Optional<Figure> anionCharge,
        Optional<Figure> ionicStrength, Optional<Figure> volume) {

    public CompartmentAnalysis {
        electrodes = List.copyOf(electrodes);
        ions = List.copyOf(ions);
        unsplit = List.copyOf(unsplit);
        unquantified = List.copyOf(unquantified);
    }

    /** The distinct ions present, in order of appearance. */
    public Set<Ion> species() {
        return ions.stream().map(IonConcentration::ion).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public boolean contains(Ion ion) {
        return species().contains(ion);
    }

    /** Whether every constituent that can carry charge was read: unknown salts make the ion list incomplete. */
    public boolean complete() {
        return unsplit.isEmpty();
    }

    /** The summed concentration of {@code ion} over all constituents, if every constituent giving it is quantified. */
    public Optional<Figure> concentrationOf(Ion ion) {
        List<IonConcentration> giving = ions.stream().filter(i -> i.ion().equals(ion)).toList();
        if (giving.isEmpty() || giving.stream().anyMatch(i -> i.concentration().isEmpty())) {
            return Optional.empty();
        }
        if (giving.size() == 1) {
            return giving.get(0).concentration();
        }
        Figure first = giving.get(0).concentration().get();
        double sum = giving.stream().mapToDouble(i -> i.concentration().get().value()).sum();
        return Optional.of(new Figure("ionConcentration", ion.symbol() + " concentration", sum, first.kind(),
                "sum over the constituents", giving.stream().map(i -> i.concentration().get()).toList(),
                "seed-000 §3.5"));
    }
}
