package org.daniell.chem.electrochem;

/**
 * The thermodynamic stability window of water at a given pH and temperature: hydrogen evolution below
 * {@link #hydrogenEvolution()}, oxygen evolution above {@link #oxygenEvolution()}.
 *
 * <p>At 25 °C: HER = −0.059 16·pH and OER = 1.229 − 0.059 16·pH V vs SHE, width 1.229 V at every pH
 * (seed-000 R-W1, R-W3, R-W4; seed-001-002 §3.3). Both lines come from the {@code h_h2} and {@code o2_h2o} rows
 * of {@link StandardPotentials} at unit gas pressures. The seeds' practical windows (beyond 1.23 V for
 * water-in-salt and decoupled designs) are in {@link PracticalWindows}.
 *
 * @param hydrogenEvolution the H⁺/H₂ equilibrium potential vs SHE
 * @param oxygenEvolution the O₂/H₂O equilibrium potential vs SHE
 */
public record WaterWindow(ElectrodePotential hydrogenEvolution, ElectrodePotential oxygenEvolution) {

    /** The window under {@code conditions} (pH required). */
    public static WaterWindow at(SolutionConditions conditions) {
        double pH = conditions.requirePh("the water window");
        double kelvin = conditions.kelvin();
        return new WaterWindow(StandardPotentials.require("h_h2").atPh(pH, kelvin),
                StandardPotentials.require("o2_h2o").atPh(pH, kelvin));
    }

    /** The window at {@code pH} and 25 °C. */
    public static WaterWindow atPh(double pH) {
        return at(SolutionConditions.atPh(pH));
    }

    /** OER − HER in volts (1.229 V at 25 °C). */
    public double widthVolts() {
        return oxygenEvolution.volts() - hydrogenEvolution.volts();
    }

    /** Both limits expressed against {@code reference}. */
    public WaterWindow on(ReferenceElectrode reference, SolutionConditions conditions) {
        return new WaterWindow(hydrogenEvolution.to(reference, conditions), oxygenEvolution.to(reference, conditions));
    }

    /** Whether {@code potential} lies inside the window (limits included). */
    public boolean contains(ElectrodePotential potential, SolutionConditions conditions) {
        double vsShe = PotentialScale.toShe(potential, conditions).volts();
        double low = PotentialScale.toShe(hydrogenEvolution, conditions).volts();
        double high = PotentialScale.toShe(oxygenEvolution, conditions).volts();
        return vsShe >= low && vsShe <= high;
    }
}
