package org.daniell.chem.unit;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MICRO;
import static javax.measure.MetricPrefix.MILLI;
import static javax.measure.MetricPrefix.NANO;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.AmountOfSubstance;
import javax.measure.quantity.Area;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCapacitance;
import javax.measure.quantity.ElectricCharge;
import javax.measure.quantity.ElectricConductance;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.ElectricResistance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Power;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;

import org.daniell.chem.unit.quantity.AmountConcentration;
import org.daniell.chem.unit.quantity.ArealCapacitance;
import org.daniell.chem.unit.quantity.ArealCapacity;
import org.daniell.chem.unit.quantity.ArealEnergy;
import org.daniell.chem.unit.quantity.ArealLoading;
import org.daniell.chem.unit.quantity.ArealPower;
import org.daniell.chem.unit.quantity.ArealResistance;
import org.daniell.chem.unit.quantity.CRate;
import org.daniell.chem.unit.quantity.Conductivity;
import org.daniell.chem.unit.quantity.CurrentDensity;
import org.daniell.chem.unit.quantity.Diffusivity;
import org.daniell.chem.unit.quantity.ElectrolyteMassRatio;
import org.daniell.chem.unit.quantity.ElectrolyteVolumeRatio;
import org.daniell.chem.unit.quantity.EnergyDensity;
import org.daniell.chem.unit.quantity.MassDensity;
import org.daniell.chem.unit.quantity.Molality;
import org.daniell.chem.unit.quantity.MolarMass;
import org.daniell.chem.unit.quantity.PotentialTemperatureCoefficient;
import org.daniell.chem.unit.quantity.PowerDensity;
import org.daniell.chem.unit.quantity.SpecificCapacitance;
import org.daniell.chem.unit.quantity.SpecificCapacity;
import org.daniell.chem.unit.quantity.SpecificCurrent;
import org.daniell.chem.unit.quantity.SpecificEnergy;
import org.daniell.chem.unit.quantity.SpecificPower;
import org.daniell.chem.unit.quantity.VolumetricCapacitance;
import org.daniell.chem.unit.quantity.VolumetricCapacity;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.TransformedUnit;
import tech.units.indriya.unit.Units;

/**
 * The units of the battery field, built on Indriya's SI units with exact (rational) factors.
 *
 * <p>Sources of the definitions: SI Brochure, 9th edition (BIPM 2019), Table 8 for the non-SI units
 * accepted for use with the SI (h = 3600 s, min = 60 s, d = 86 400 s, L = 1 dm³, °C = K − 273.15,
 * bar = 10⁵ Pa, eV = 1.602 176 634 × 10⁻¹⁹ J); IUPAC Green Book, 3rd edition (2007) §2.10 for
 * M = mol dm⁻³ and molality (mol kg⁻¹); the field's conventions (seed-000 F§6, seed-001-002 §2) for
 * mAh, Wh, C-rate and the percent kinds. Every factor is an exact rational number, so conversions of
 * decimal input stay exact (Indriya returns a {@code RationalNumber}).
 *
 * <p>Units that researchers write as one symbol ({@code mAh}, {@code Ah}, {@code Wh}, {@code M},
 * {@code C} for C-rate) are Indriya {@link TransformedUnit}s carrying that symbol; everything else is
 * an Indriya product of prefixed SI units. Compare units with {@link Unit#isEquivalentTo(Unit)}, not
 * {@code equals}: {@code mAh} and {@code mA·h} are equivalent but not equal objects.
 */
public final class FieldUnits {

    static {
        IndriyaNumberSystem.install(); // before the first Indriya unit is built
    }

    private FieldUnits() {
    }

    // ---- time (SI Brochure Table 8) -------------------------------------------------------------

    /** Second, SI base unit. */
    public static final Unit<Time> SECOND = Units.SECOND;
    /** Minute, 60 s exactly (SI Brochure Table 8). */
    public static final Unit<Time> MINUTE = Units.MINUTE;
    /** Hour, 3600 s exactly (SI Brochure Table 8). */
    public static final Unit<Time> HOUR = Units.HOUR;
    /** Day, 86 400 s exactly (SI Brochure Table 8). */
    public static final Unit<Time> DAY = Units.DAY;

    // ---- length, area, volume --------------------------------------------------------------------

    /** Metre, SI base unit. */
    public static final Unit<Length> METRE = Units.METRE;
    /** Centimetre. */
    public static final Unit<Length> CENTIMETRE = CENTI(Units.METRE);
    /** Millimetre. */
    public static final Unit<Length> MILLIMETRE = MILLI(Units.METRE);
    /** Micrometre (electrode, foil and separator thickness; "thin Zn foil anodes below 50 μm", seed-001-002 §1.1). */
    public static final Unit<Length> MICROMETRE = MICRO(Units.METRE);
    /** Nanometre (interlayer spacing, e.g. "0.378 nm", seed-000 R-H2). */
    public static final Unit<Length> NANOMETRE = NANO(Units.METRE);
    /** Ångström, 10⁻¹⁰ m exactly (ionic radii, Shannon 1976). */
    public static final Unit<Length> ANGSTROM = new TransformedUnit<>("Å", Units.METRE, Units.METRE,
            MultiplyConverter.ofRational(1, 10_000_000_000L));
    /** Square centimetre, the usual electrode-area unit. */
    public static final Unit<Area> SQUARE_CENTIMETRE = CENTIMETRE.pow(2).asType(Area.class);
    /** Square metre. */
    public static final Unit<Area> SQUARE_METRE = Units.SQUARE_METRE;
    /** Cubic centimetre. */
    public static final Unit<Volume> CUBIC_CENTIMETRE = CENTIMETRE.pow(3).asType(Volume.class);
    /** Litre, 1 dm³ exactly (SI Brochure Table 8). */
    public static final Unit<Volume> LITRE = Units.LITRE;
    /** Millilitre. */
    public static final Unit<Volume> MILLILITRE = MILLI(Units.LITRE);
    /** Microlitre (electrolyte amounts, "10 uL/mAh"). */
    public static final Unit<Volume> MICROLITRE = MICRO(Units.LITRE);

    // ---- mass, amount --------------------------------------------------------------------------------

    /** Gram. */
    public static final Unit<Mass> GRAM = Units.GRAM;
    /** Milligram. */
    public static final Unit<Mass> MILLIGRAM = MILLI(Units.GRAM);
    /** Kilogram, SI base unit. */
    public static final Unit<Mass> KILOGRAM = Units.KILOGRAM;
    /** Mole, SI base unit. */
    public static final Unit<AmountOfSubstance> MOLE = Units.MOLE;

    // ---- electrical ---------------------------------------------------------------------------------

    /** Ampere, SI base unit. */
    public static final Unit<ElectricCurrent> AMPERE = Units.AMPERE;
    /** Milliampere. */
    public static final Unit<ElectricCurrent> MILLIAMPERE = MILLI(Units.AMPERE);
    /** Coulomb. */
    public static final Unit<ElectricCharge> COULOMB = Units.COULOMB;
    /** Ampere-hour, 3600 C exactly. */
    public static final Unit<ElectricCharge> AMPERE_HOUR = new TransformedUnit<>("Ah", Units.COULOMB,
            Units.COULOMB, MultiplyConverter.ofRational(3600, 1));
    /** Milliampere-hour, 3.6 C exactly ("1 mAh = 3.6 C", seed-000 F§6). */
    public static final Unit<ElectricCharge> MILLIAMPERE_HOUR = new TransformedUnit<>("mAh", Units.COULOMB,
            Units.COULOMB, MultiplyConverter.ofRational(18, 5));
    /** Volt. */
    public static final Unit<ElectricPotential> VOLT = Units.VOLT;
    /** Millivolt. */
    public static final Unit<ElectricPotential> MILLIVOLT = MILLI(Units.VOLT);
    /** Watt. */
    public static final Unit<Power> WATT = Units.WATT;
    /** Milliwatt. */
    public static final Unit<Power> MILLIWATT = MILLI(Units.WATT);
    /** Joule. */
    public static final Unit<Energy> JOULE = Units.JOULE;
    /** Watt-hour, 3600 J exactly. */
    public static final Unit<Energy> WATT_HOUR = new TransformedUnit<>("Wh", Units.JOULE, Units.JOULE,
            MultiplyConverter.ofRational(3600, 1));
    /** Milliwatt-hour, 3.6 J exactly. */
    public static final Unit<Energy> MILLIWATT_HOUR = new TransformedUnit<>("mWh", Units.JOULE, Units.JOULE,
            MultiplyConverter.ofRational(18, 5));
    /** Electronvolt, 1.602 176 634 × 10⁻¹⁹ J exactly (SI Brochure Table 8; migration barriers in seed-000 §2). */
    public static final Unit<Energy> ELECTRONVOLT = new TransformedUnit<>("eV", Units.JOULE, Units.JOULE,
            MultiplyConverter.of(new BigDecimal("1.602176634E-19")));
    /** Farad. */
    public static final Unit<ElectricCapacitance> FARAD = Units.FARAD;
    /** Siemens. */
    public static final Unit<ElectricConductance> SIEMENS = Units.SIEMENS;
    /** Ohm. */
    public static final Unit<ElectricResistance> OHM = Units.OHM;

    // ---- temperature, pressure --------------------------------------------------------------------

    /** Kelvin, SI base unit. */
    public static final Unit<Temperature> KELVIN = Units.KELVIN;
    /** Degree Celsius, K − 273.15 exactly (SI Brochure §2.3.1). An offset unit: allowed only on its own. */
    public static final Unit<Temperature> CELSIUS = Units.CELSIUS;
    /** Pascal. */
    public static final Unit<Pressure> PASCAL = Units.PASCAL;
    /** Bar, 10⁵ Pa exactly (SI Brochure Table 8; the IUPAC standard pressure p° = 1 bar). */
    public static final Unit<Pressure> BAR = new TransformedUnit<>("bar", Units.PASCAL, Units.PASCAL,
            MultiplyConverter.ofRational(100_000, 1));

    // ---- dimensionless ------------------------------------------------------------------------------

    /** The unit one (a plain ratio such as N/P). */
    public static final Unit<Dimensionless> ONE = AbstractUnit.ONE;
    /** Percent, 1/100. Whether it is wt%, at% or vol% is kept in {@link FractionBasis}, not here. */
    public static final Unit<Dimensionless> PERCENT = Units.PERCENT;
    /** Parts per million, 10⁻⁶. */
    public static final Unit<Dimensionless> PPM = new TransformedUnit<>("ppm", AbstractUnit.ONE, AbstractUnit.ONE,
            MultiplyConverter.ofRational(1, 1_000_000));

    // ---- chemistry ------------------------------------------------------------------------------------

    /** Mole per cubic metre, the SI unit of amount concentration (PyBaMM's {@code [mol.m-3]}). */
    public static final Unit<AmountConcentration> MOLE_PER_CUBIC_METRE = per(Units.MOLE, Units.CUBIC_METRE, AmountConcentration.class);

    /** Molar, M = mol/L = 1000 mol/m³ exactly (IUPAC Green Book §2.10). */
    public static final Unit<AmountConcentration> MOLAR = new TransformedUnit<>("M",
            MOLE_PER_CUBIC_METRE, MOLE_PER_CUBIC_METRE, MultiplyConverter.ofRational(1000, 1));
    /** Mole per kilogram of solvent (molality, written "m" on its own: "4 m Zn(OTf)₂", seed-001-002 §3.3 E6). */
    public static final Unit<Molality> MOLE_PER_KILOGRAM = per(Units.MOLE, Units.KILOGRAM, Molality.class);
    /** Gram per mole. */
    public static final Unit<MolarMass> GRAM_PER_MOLE = per(Units.GRAM, Units.MOLE, MolarMass.class);
    /** Gram per cubic centimetre (= g/mL). */
    public static final Unit<MassDensity> GRAM_PER_CUBIC_CENTIMETRE = per(Units.GRAM, CUBIC_CENTIMETRE, MassDensity.class);

    // ---- rate -------------------------------------------------------------------------------------------

    /**
     * C-rate, written {@code C}: 1 C = 1 h⁻¹. A rate of x C is the current I = x · Q_nominal, i.e. the current
     * that would (dis)charge the nominal capacity in 1/x hours (seed-000 F§6; seed-001-002 F12: C-rate =
     * I_areal / Q_areal). Dimension 1/time; kept apart from hertz by {@link Kind#C_RATE}.
     */
    public static final Unit<CRate> C_RATE = new TransformedUnit<>("C", Units.HERTZ, Units.HERTZ,
            MultiplyConverter.ofRational(1, 3600)).asType(CRate.class);

    // ---- field composites -------------------------------------------------------------------------------

    /** mAh/g, specific capacity (seed-000 F§6). */
    public static final Unit<SpecificCapacity> MILLIAMPERE_HOUR_PER_GRAM = per(MILLIAMPERE_HOUR, GRAM, SpecificCapacity.class);
    /** mAh/cm², areal capacity (seed-001-002 F2). */
    public static final Unit<ArealCapacity> MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE = per(MILLIAMPERE_HOUR, SQUARE_CENTIMETRE, ArealCapacity.class);
    /** mAh/cm³, volumetric capacity (seed-000 F§5.1). */
    public static final Unit<VolumetricCapacity> MILLIAMPERE_HOUR_PER_CUBIC_CENTIMETRE = per(MILLIAMPERE_HOUR, CUBIC_CENTIMETRE, VolumetricCapacity.class);
    /** Ah/L, volumetric capacity of flow-battery electrolytes (seed-000 F§6). */
    public static final Unit<VolumetricCapacity> AMPERE_HOUR_PER_LITRE = per(AMPERE_HOUR, LITRE, VolumetricCapacity.class);
    /** mg/cm², areal loading (seed-001-002 §1.1). */
    public static final Unit<ArealLoading> MILLIGRAM_PER_SQUARE_CENTIMETRE = per(MILLIGRAM, SQUARE_CENTIMETRE, ArealLoading.class);
    /** µL/mAh, volumetric E/C ratio (seed-001-002 F4). */
    public static final Unit<ElectrolyteVolumeRatio> MICROLITRE_PER_MILLIAMPERE_HOUR = per(MICROLITRE, MILLIAMPERE_HOUR, ElectrolyteVolumeRatio.class);
    /** g/Ah, gravimetric E/C ratio (seed-001-002 F4; g/Ah = mg/mAh). */
    public static final Unit<ElectrolyteMassRatio> GRAM_PER_AMPERE_HOUR = per(GRAM, AMPERE_HOUR, ElectrolyteMassRatio.class);
    /** Wh/kg, specific energy (seed-000 F§6). */
    public static final Unit<SpecificEnergy> WATT_HOUR_PER_KILOGRAM = per(WATT_HOUR, KILOGRAM, SpecificEnergy.class);
    /** Wh/L, energy density (seed-000 F§6). */
    public static final Unit<EnergyDensity> WATT_HOUR_PER_LITRE = per(WATT_HOUR, LITRE, EnergyDensity.class);
    /** mWh/cm², areal energy. */
    public static final Unit<ArealEnergy> MILLIWATT_HOUR_PER_SQUARE_CENTIMETRE = per(MILLIWATT_HOUR, SQUARE_CENTIMETRE, ArealEnergy.class);
    /** W/kg, specific power. */
    public static final Unit<SpecificPower> WATT_PER_KILOGRAM = per(WATT, KILOGRAM, SpecificPower.class);
    /** W/L, power density. */
    public static final Unit<PowerDensity> WATT_PER_LITRE = per(WATT, LITRE, PowerDensity.class);
    /** mW/cm², areal power (fuel cells, metal–air cells; seed-000 F§5.7). */
    public static final Unit<ArealPower> MILLIWATT_PER_SQUARE_CENTIMETRE = per(MILLIWATT, SQUARE_CENTIMETRE, ArealPower.class);
    /** W/m², areal power (1 W m⁻² = 0.1 mW cm⁻², seed-000 F§6). */
    public static final Unit<ArealPower> WATT_PER_SQUARE_METRE = per(WATT, SQUARE_METRE, ArealPower.class);
    /** mA/cm², current density (seed-001-002 §1.3). */
    public static final Unit<CurrentDensity> MILLIAMPERE_PER_SQUARE_CENTIMETRE = per(MILLIAMPERE, SQUARE_CENTIMETRE, CurrentDensity.class);
    /** A/g, specific current (seed-001-002 §1.3). */
    public static final Unit<SpecificCurrent> AMPERE_PER_GRAM = per(AMPERE, GRAM, SpecificCurrent.class);
    /** mA/g, specific current. */
    public static final Unit<SpecificCurrent> MILLIAMPERE_PER_GRAM = per(MILLIAMPERE, GRAM, SpecificCurrent.class);
    /** F/g, specific capacitance (seed-000 F§6). */
    public static final Unit<SpecificCapacitance> FARAD_PER_GRAM = per(FARAD, GRAM, SpecificCapacitance.class);
    /** mF/cm², areal capacitance (seed-000 R-D1). */
    public static final Unit<ArealCapacitance> MILLIFARAD_PER_SQUARE_CENTIMETRE = per(MILLI(Units.FARAD), SQUARE_CENTIMETRE, ArealCapacitance.class);
    /** F/cm³, volumetric capacitance (seed-000 R-D1). */
    public static final Unit<VolumetricCapacitance> FARAD_PER_CUBIC_CENTIMETRE = per(FARAD, CUBIC_CENTIMETRE, VolumetricCapacitance.class);
    /** S/cm, conductivity. */
    public static final Unit<Conductivity> SIEMENS_PER_CENTIMETRE = per(SIEMENS, CENTIMETRE, Conductivity.class);
    /** mS/cm, conductivity ("> 100 mS cm⁻¹", seed-000 R-P7). */
    public static final Unit<Conductivity> MILLISIEMENS_PER_CENTIMETRE = per(MILLI(Units.SIEMENS), CENTIMETRE, Conductivity.class);
    /** S/m, conductivity in SI (PyBaMM's {@code [S.m-1]}). */
    public static final Unit<Conductivity> SIEMENS_PER_METRE = per(SIEMENS, METRE, Conductivity.class);
    /** cm²/s, diffusivity. */
    public static final Unit<Diffusivity> SQUARE_CENTIMETRE_PER_SECOND = per(SQUARE_CENTIMETRE, SECOND, Diffusivity.class);
    /** m²/s, diffusivity in SI. */
    public static final Unit<Diffusivity> SQUARE_METRE_PER_SECOND = per(SQUARE_METRE, SECOND, Diffusivity.class);
    /** Ω·cm², area-specific resistance. */
    public static final Unit<ArealResistance> OHM_SQUARE_CENTIMETRE = OHM.multiply(SQUARE_CENTIMETRE).asType(ArealResistance.class);
    /** mV/K, temperature coefficient of a potential. */
    public static final Unit<PotentialTemperatureCoefficient> MILLIVOLT_PER_KELVIN = per(MILLIVOLT, KELVIN, PotentialTemperatureCoefficient.class);

    /** A kilo-prefixed unit, for callers that need kWh, kW/kg and so on. */
    public static <Q extends Quantity<Q>> Unit<Q> kilo(Unit<Q> unit) {
        return KILO(unit);
    }

    /**
     * {@code numerator / denominator} typed as {@code type}. Indriya's {@code asType} only casts for quantity
     * types it does not know, so this is an unchecked cast; the dimension is verified by {@link Kind}'s tests.
     */
    @SuppressWarnings("unchecked")
    static <Q extends Quantity<Q>> Unit<Q> per(Unit<?> numerator, Unit<?> denominator, Class<Q> type) {
        return (Unit<Q>) numerator.divide(denominator);
    }
}
