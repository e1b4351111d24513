package org.daniell.chem.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.daniell.chem.element.Element;
import org.daniell.chem.element.IonicRadii;
import org.daniell.chem.element.IonicRadius;
import org.daniell.chem.element.OxidationStateTable;
import org.daniell.chem.element.OxidationStates;

/**
 * Ionic size mismatch of one site, δ = 100 % · sqrt(Σ x_i (1 − r_i / r̄)²), r̄ = Σ x_i r_i — the HEA criterion of
 * Y. Zhang et al. / Yang &amp; Zhang, Mater. Chem. Phys. 132 (2012) 233, applied with Shannon (1976) ionic radii of
 * each element's default cation state in its common coordination, as seed-003-004 §6.2 suggests for ionic HE
 * compounds. <b>Information only</b>: the 6.6 % HEA threshold was built for metallic alloys and is not applied.
 */
public final class SizeMismatch {

    private SizeMismatch() {
    }

    /**
     * @param percent        δ in percent over the elements with a radius
     * @param withoutRadius  elements left out because no radius is tabulated for their default state
     */
    public record Report(double percent, List<Element> withoutRadius) {
        public Report {
            withoutRadius = List.copyOf(withoutRadius);
        }
    }

    /** @return δ of the site using each element's default cation oxidation state */
    public static Report of(Sublattice site) {
        List<Element> missing = new ArrayList<>();
        double weight = 0;
        double meanRadius = 0;
        List<double[]> radii = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : site.siteFractions(false).entrySet()) {
            Optional<IonicRadius> radius = OxidationStateTable.of(entry.getKey())
                    .map(OxidationStates::cationDefault)
                    .filter(java.util.OptionalInt::isPresent)
                    .flatMap(charge -> IonicRadii.commonRadius(entry.getKey(), charge.getAsInt()));
            if (radius.isEmpty()) {
                missing.add(entry.getKey());
                continue;
            }
            radii.add(new double[] {entry.getValue(), radius.get().angstrom()});
            weight += entry.getValue();
            meanRadius += entry.getValue() * radius.get().angstrom();
        }
        if (weight == 0) {
            return new Report(0, missing);
        }
        meanRadius /= weight;
        double sum = 0;
        for (double[] r : radii) {
            double deviation = 1 - r[1] / meanRadius;
            sum += r[0] / weight * deviation * deviation;
        }
        return new Report(100 * Math.sqrt(sum), missing);
    }
}
