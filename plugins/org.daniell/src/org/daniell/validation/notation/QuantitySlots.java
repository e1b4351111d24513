package org.daniell.validation.notation;

import static org.daniell.model.design.DesignPackage.Literals.*;

import java.util.List;
import java.util.Map;

import org.daniell.chem.unit.Kind;
import org.daniell.model.design.Claim;
import org.daniell.model.design.ClaimKind;
import org.daniell.model.design.Quantity;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What each place that holds a quantity can measure: a loading is an areal mass (mg/cm²), an
 * electrolyte amount a volume, a mass or an E/C ratio, a claimed energy a specific, volumetric or
 * areal energy. The first kind also decides how an ambiguous symbol is read ({@code m} as molality,
 * {@code C} as C-rate).
 */
public final class QuantitySlots {

    /** A place that holds a count, not a quantity: no unit may be written. */
    public static final List<Kind<?>> COUNT = List.of();

    private static final List<Kind<?>> LENGTH = List.of(Kind.LENGTH);
    private static final List<Kind<?>> POTENTIAL = List.of(Kind.POTENTIAL);
    private static final List<Kind<?>> TEMPERATURE = List.of(Kind.TEMPERATURE);
    /** A component's share of an electrode: by mass (%, wt%) or, as porous-electrode models state it, by volume (vol%). */
    private static final List<Kind<?>> FRACTION = List.of(Kind.MASS_FRACTION, Kind.VOLUME_FRACTION);
    private static final List<Kind<?>> POROSITY = List.of(Kind.VOLUME_FRACTION);
    private static final List<Kind<?>> RATE = List.of(Kind.C_RATE, Kind.CURRENT_DENSITY, Kind.SPECIFIC_CURRENT, Kind.CURRENT);

    private static final Map<EStructuralFeature, List<Kind<?>>> BY_FEATURE = Map.ofEntries(
            Map.entry(MATERIAL__DENSITY, List.of(Kind.MASS_DENSITY)),
            Map.entry(MATERIAL__SPECIFIC_CAPACITY, List.of(Kind.SPECIFIC_CAPACITY, Kind.SPECIFIC_CAPACITANCE)),
            Map.entry(MATERIAL__MOLAR_CONDUCTIVITY, List.of(Kind.CONDUCTIVITY)),
            Map.entry(POTENTIAL__VALUE, POTENTIAL),
            Map.entry(POTENTIAL__UPPER, POTENTIAL),
            Map.entry(SOC_POINT__SOC, List.of(Kind.RATIO)),
            Map.entry(SOC_POINT__POTENTIAL, POTENTIAL),
            Map.entry(ELECTRODE__LOADING, List.of(Kind.AREAL_LOADING)),
            Map.entry(ELECTRODE__THICKNESS, LENGTH),
            Map.entry(ELECTRODE__POROSITY, POROSITY),
            Map.entry(ELECTRODE__DENSITY, List.of(Kind.MASS_DENSITY)),
            Map.entry(ELECTRODE__AREAL_CAPACITY, List.of(Kind.AREAL_CAPACITY, Kind.CAPACITY)),
            Map.entry(ELECTRODE__AREA, List.of(Kind.AREA)),
            Map.entry(ELECTRODE__CONDUCTIVITY, List.of(Kind.CONDUCTIVITY)),
            Map.entry(PARTICLE__RADIUS, LENGTH),
            Map.entry(PARTICLE__DIFFUSIVITY, List.of(Kind.DIFFUSIVITY)),
            Map.entry(PARTICLE__MAX_CONCENTRATION, List.of(Kind.CONCENTRATION)),
            Map.entry(ELECTROLYTE__DIFFUSIVITY, List.of(Kind.DIFFUSIVITY)),
            Map.entry(COMPONENT__FRACTION, FRACTION),
            Map.entry(ACTIVE_COMPONENT__LOADING, List.of(Kind.AREAL_LOADING)),
            Map.entry(ACTIVE_COMPONENT__THICKNESS, LENGTH),
            Map.entry(ACTIVE_COMPONENT__SPECIFIC_CAPACITY, List.of(Kind.SPECIFIC_CAPACITY, Kind.SPECIFIC_CAPACITANCE)),
            Map.entry(COLLECTOR__THICKNESS, LENGTH),
            Map.entry(ELECTROLYTE__AMOUNT, List.of(Kind.VOLUME, Kind.MASS, Kind.ELECTROLYTE_RATIO, Kind.ELECTROLYTE_MASS_RATIO)),
            Map.entry(ELECTROLYTE__DENSITY, List.of(Kind.MASS_DENSITY)),
            Map.entry(ELECTROLYTE__CONDUCTIVITY, List.of(Kind.CONDUCTIVITY)),
            // g/L is a mass concentration: the dimension of a density
            Map.entry(CONSTITUENT__AMOUNT, List.of(Kind.CONCENTRATION, Kind.MOLALITY, Kind.MASS_FRACTION,
                    Kind.VOLUME_FRACTION, Kind.AMOUNT_FRACTION, Kind.MASS_DENSITY)),
            Map.entry(WINDOW__LOWER, POTENTIAL),
            Map.entry(WINDOW__UPPER, POTENTIAL),
            Map.entry(CELL__MIN_TEMPERATURE, TEMPERATURE),
            Map.entry(CELL__MAX_TEMPERATURE, TEMPERATURE),
            Map.entry(FORMAT__AREA, List.of(Kind.AREA)),
            Map.entry(FORMAT__PACKAGING, List.of(Kind.MASS)),
            Map.entry(FORMAT__NOMINAL_CAPACITY, List.of(Kind.CAPACITY)),
            Map.entry(COMPARTMENT__TANK, List.of(Kind.VOLUME)),
            Map.entry(FEED__AMOUNT, List.of(Kind.PRESSURE, Kind.CONCENTRATION, Kind.MASS_FRACTION, Kind.VOLUME,
                    Kind.MASS_DENSITY)),
            Map.entry(SEPARATOR__THICKNESS, LENGTH),
            Map.entry(SEPARATOR__POROSITY, POROSITY),
            Map.entry(SEPARATOR__AREAL_MASS, List.of(Kind.AREAL_LOADING)),
            Map.entry(MEMBRANE__THICKNESS, LENGTH),
            Map.entry(PROTOCOL__TEMPERATURE, TEMPERATURE),
            Map.entry(STEP__RATE, RATE),
            Map.entry(STEP__LIMIT, List.of(Kind.POTENTIAL, Kind.CAPACITY, Kind.AREAL_CAPACITY, Kind.SPECIFIC_CAPACITY, Kind.TIME)),
            Map.entry(STEP__DURATION, List.of(Kind.TIME)),
            // a claim holds "at" a rate, or at a power for a Ragone point ("38 Wh/kg at 2000 W/kg")
            Map.entry(CLAIM__RATE, List.of(Kind.C_RATE, Kind.CURRENT_DENSITY, Kind.SPECIFIC_CURRENT, Kind.CURRENT,
                    Kind.SPECIFIC_POWER, Kind.POWER_DENSITY, Kind.AREAL_POWER, Kind.POWER)),
            Map.entry(CLAIM__TEMPERATURE, TEMPERATURE));

    private static final Map<ClaimKind, List<Kind<?>>> BY_CLAIM = Map.of(
            ClaimKind.CAPACITY, List.of(Kind.SPECIFIC_CAPACITY, Kind.AREAL_CAPACITY, Kind.VOLUMETRIC_CAPACITY, Kind.CAPACITY,
                    Kind.SPECIFIC_CAPACITANCE),
            ClaimKind.ENERGY, List.of(Kind.SPECIFIC_ENERGY, Kind.ENERGY_DENSITY, Kind.AREAL_ENERGY, Kind.ENERGY),
            ClaimKind.POWER, List.of(Kind.SPECIFIC_POWER, Kind.POWER_DENSITY, Kind.AREAL_POWER, Kind.POWER),
            ClaimKind.VOLTAGE, POTENTIAL,
            ClaimKind.RETENTION, List.of(Kind.RATIO),
            ClaimKind.CYCLES, COUNT,
            ClaimKind.COULOMBIC_EFFICIENCY, List.of(Kind.RATIO),
            ClaimKind.ENERGY_EFFICIENCY, List.of(Kind.RATIO),
            ClaimKind.VOLTAGE_EFFICIENCY, List.of(Kind.RATIO),
            ClaimKind.SELF_DISCHARGE, List.of(Kind.RATIO));

    private QuantitySlots() {
    }

    /** The kinds the quantity may measure where it stands, or {@code null} for a place not listed here. */
    public static List<Kind<?>> kindsFor(Quantity quantity) {
        EStructuralFeature feature = quantity.eContainingFeature();
        if (feature == CLAIM__VALUE && quantity.eContainer() instanceof Claim claim) {
            return BY_CLAIM.get(claim.getKind());
        }
        return BY_FEATURE.get(feature);
    }
}
