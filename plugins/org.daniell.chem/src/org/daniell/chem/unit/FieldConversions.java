package org.daniell.chem.unit;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.daniell.chem.unit.quantity.ArealCapacity;
import org.daniell.chem.unit.quantity.ArealLoading;
import org.daniell.chem.unit.quantity.CRate;
import org.daniell.chem.unit.quantity.CurrentDensity;
import org.daniell.chem.unit.quantity.ElectrolyteMassRatio;
import org.daniell.chem.unit.quantity.ElectrolyteVolumeRatio;
import org.daniell.chem.unit.quantity.MassDensity;
import org.daniell.chem.unit.quantity.SpecificCapacity;
import org.daniell.chem.unit.quantity.SpecificCurrent;

/**
 * Conversions between field quantities that need a second quantity (a density, a loading, a capacity), done
 * as Indriya quantity algebra so that the units are checked, not assumed. Formulas from seed-001-002 §1.3 and §2.
 */
public final class FieldConversions {

    private FieldConversions() {
    }

    /**
     * Gravimetric E/C from volumetric E/C: E/C_mass = ρ_el × E/C_vol (seed-001-002 §2 F4).
     * Example: 17.5 µL/mAh × 1.3 g/mL = 22.75 g/Ah.
     */
    public static Quantity<ElectrolyteMassRatio> electrolyteMassRatio(Quantity<ElectrolyteVolumeRatio> volumeRatio,
            Quantity<MassDensity> density) {
        return as(volumeRatio.multiply(density), FieldUnits.GRAM_PER_AMPERE_HOUR);
    }

    /** Volumetric E/C from gravimetric E/C: E/C_vol = E/C_mass / ρ_el (seed-001-002 §2 F4). */
    public static Quantity<ElectrolyteVolumeRatio> electrolyteVolumeRatio(Quantity<ElectrolyteMassRatio> massRatio,
            Quantity<MassDensity> density) {
        return as(massRatio.divide(density), FieldUnits.MICROLITRE_PER_MILLIAMPERE_HOUR);
    }

    /** Areal current from specific current and loading: I_areal = i_specific × L (seed-001-002 §1.3, F12). */
    public static Quantity<CurrentDensity> currentDensity(Quantity<SpecificCurrent> specificCurrent,
            Quantity<ArealLoading> loading) {
        return as(specificCurrent.multiply(loading), FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE);
    }

    /** Specific current from areal current and loading: i = I_areal / L (seed-001-002 §1.3). */
    public static Quantity<SpecificCurrent> specificCurrent(Quantity<CurrentDensity> currentDensity,
            Quantity<ArealLoading> loading) {
        return as(currentDensity.divide(loading), FieldUnits.AMPERE_PER_GRAM);
    }

    /** C-rate from areal current and areal capacity: C-rate = I_areal / Q_areal (seed-001-002 §1.3, F12). */
    public static Quantity<CRate> cRate(Quantity<CurrentDensity> currentDensity, Quantity<ArealCapacity> arealCapacity) {
        return as(currentDensity.divide(arealCapacity), FieldUnits.C_RATE);
    }

    /** Areal current for a C-rate: I_areal = C-rate × Q_areal (seed-000 F§6: I = C·Q_nominal). */
    public static Quantity<CurrentDensity> currentDensityForRate(Quantity<CRate> cRate,
            Quantity<ArealCapacity> arealCapacity) {
        return as(cRate.multiply(arealCapacity), FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE);
    }

    /** Areal capacity from loading and specific capacity: Q_A = L × q (seed-001-002 §2 F2). */
    public static Quantity<ArealCapacity> arealCapacity(Quantity<ArealLoading> loading,
            Quantity<SpecificCapacity> specificCapacity) {
        return as(loading.multiply(specificCapacity), FieldUnits.MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE);
    }

    /** Specific capacity from areal capacity and loading: q = Q_A / L (seed-001-002 §1.3). */
    public static Quantity<SpecificCapacity> specificCapacity(Quantity<ArealCapacity> arealCapacity,
            Quantity<ArealLoading> loading) {
        return as(arealCapacity.divide(loading), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM);
    }

    /**
     * Expresses the product or quotient {@code q} in {@code target}. The dimension is checked by Indriya
     * ({@link javax.measure.UnconvertibleException} on a mismatch, which would be a bug here).
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <Q extends Quantity<Q>> Quantity<Q> as(Quantity<?> q, Unit<Q> target) {
        Unit<?> from = q.getUnit();
        if (!from.isCompatible(target)) {
            throw new javax.measure.UnconvertibleException(from + " is not compatible with " + target);
        }
        Number value = ((Unit) from).getConverterTo(target).convert(q.getValue());
        return tech.units.indriya.quantity.Quantities.getQuantity(value, target);
    }
}
