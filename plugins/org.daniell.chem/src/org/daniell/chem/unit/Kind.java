package org.daniell.chem.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import javax.measure.Dimension;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.AmountOfSubstance;
import javax.measure.quantity.Area;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCapacitance;
import javax.measure.quantity.ElectricCharge;
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

/**
 * A named kind of quantity the language asks for: its physical dimension, the quantity type, the SI unit
 * and the unit the field usually writes it in.
 *
 * <p>A kind is what a caller expects at a place in a cell spec:
 * {@code QuantityCheck.expect(quantity, Kind.SPECIFIC_CAPACITY)}. Two kinds may share a dimension
 * ({@link #ENERGY_DENSITY} and {@link #PRESSURE}; {@link #C_RATE} and hertz); the kind, not Indriya, keeps
 * the meaning. Fraction kinds ({@link #MASS_FRACTION}, {@link #AMOUNT_FRACTION}, {@link #VOLUME_FRACTION})
 * additionally carry a {@link FractionBasis}.
 *
 * @param <Q> the quantity type
 */
public final class Kind<Q extends Quantity<Q>> {

    static {
        IndriyaNumberSystem.install(); // before the first Indriya unit is built
    }

    private static final List<Kind<?>> ALL = new ArrayList<>();

    /** Length: thickness, particle size (µm, nm). */
    public static final Kind<Length> LENGTH = define("LENGTH", "µm", "length", FieldUnits.METRE, FieldUnits.MICROMETRE);
    /** Area: electrode area (cm²). */
    public static final Kind<Area> AREA = define("AREA", "cm²", "area", FieldUnits.SQUARE_METRE, FieldUnits.SQUARE_CENTIMETRE);
    /** Volume: electrolyte volume (µL, mL). */
    public static final Kind<Volume> VOLUME = define("VOLUME", "µL", "volume", FieldUnits.LITRE.getSystemUnit(), FieldUnits.MICROLITRE);
    /** Mass (mg, g). */
    public static final Kind<Mass> MASS = define("MASS", "g", "mass", FieldUnits.KILOGRAM, FieldUnits.GRAM);
    /** Amount of substance (mol). */
    public static final Kind<AmountOfSubstance> AMOUNT = define("AMOUNT", "mol", "amount of substance", FieldUnits.MOLE, FieldUnits.MOLE);
    /** Time (h, min, s). */
    public static final Kind<Time> TIME = define("TIME", "h", "time", FieldUnits.SECOND, FieldUnits.HOUR);
    /** Thermodynamic temperature (K, °C). */
    public static final Kind<Temperature> TEMPERATURE = define("TEMPERATURE", "°C", "temperature", FieldUnits.KELVIN, FieldUnits.CELSIUS);
    /** Pressure (stack pressure, gas partial pressure: Pa, bar). Same dimension as {@link #ENERGY_DENSITY}. */
    public static final Kind<Pressure> PRESSURE = define("PRESSURE", "bar", "pressure", FieldUnits.PASCAL, FieldUnits.BAR);
    /** Electric current (mA, A). */
    public static final Kind<ElectricCurrent> CURRENT = define("CURRENT", "mA", "current", FieldUnits.AMPERE, FieldUnits.MILLIAMPERE);
    /** Charge, i.e. a capacity (mAh, Ah, C). */
    public static final Kind<ElectricCharge> CAPACITY = define("CAPACITY", "mAh", "capacity (charge)", FieldUnits.COULOMB, FieldUnits.MILLIAMPERE_HOUR);
    /** Potential or voltage (V, mV). */
    public static final Kind<ElectricPotential> POTENTIAL = define("POTENTIAL", "V", "potential or voltage", FieldUnits.VOLT, FieldUnits.VOLT);
    /** Energy (Wh, J, eV). */
    public static final Kind<Energy> ENERGY = define("ENERGY", "Wh", "energy", FieldUnits.JOULE, FieldUnits.WATT_HOUR);
    /** Power (W, mW). */
    public static final Kind<Power> POWER = define("POWER", "W", "power", FieldUnits.WATT, FieldUnits.WATT);
    /** Resistance (Ω). */
    public static final Kind<ElectricResistance> RESISTANCE = define("RESISTANCE", "Ω", "resistance", FieldUnits.OHM, FieldUnits.OHM);
    /** Capacitance (F). */
    public static final Kind<ElectricCapacitance> CAPACITANCE = define("CAPACITANCE", "F", "capacitance", FieldUnits.FARAD, FieldUnits.FARAD);
    /** Specific capacity (mAh/g). */
    public static final Kind<SpecificCapacity> SPECIFIC_CAPACITY = define("SPECIFIC_CAPACITY", "mAh/g", "specific capacity", FieldUnits.COULOMB.divide(FieldUnits.KILOGRAM), FieldUnits.MILLIAMPERE_HOUR_PER_GRAM);
    /** Areal capacity (mAh/cm²). */
    public static final Kind<ArealCapacity> AREAL_CAPACITY = define("AREAL_CAPACITY", "mAh/cm²", "areal capacity", FieldUnits.COULOMB.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE);
    /** Volumetric capacity (mAh/cm³, Ah/L). */
    public static final Kind<VolumetricCapacity> VOLUMETRIC_CAPACITY = define("VOLUMETRIC_CAPACITY", "mAh/cm³", "volumetric capacity", FieldUnits.COULOMB.divide(FieldUnits.LITRE.getSystemUnit()), FieldUnits.MILLIAMPERE_HOUR_PER_CUBIC_CENTIMETRE);
    /** Areal loading, mass per area (mg/cm²). */
    public static final Kind<ArealLoading> AREAL_LOADING = define("AREAL_LOADING", "mg/cm²", "areal loading", FieldUnits.KILOGRAM.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIGRAM_PER_SQUARE_CENTIMETRE);
    /** Volumetric electrolyte-to-capacity ratio (µL/mAh). */
    public static final Kind<ElectrolyteVolumeRatio> ELECTROLYTE_RATIO = define("ELECTROLYTE_RATIO", "µL/mAh", "electrolyte volume per capacity (E/C)", FieldUnits.LITRE.getSystemUnit().divide(FieldUnits.COULOMB), FieldUnits.MICROLITRE_PER_MILLIAMPERE_HOUR);
    /** Gravimetric electrolyte-to-capacity ratio (g/Ah). */
    public static final Kind<ElectrolyteMassRatio> ELECTROLYTE_MASS_RATIO = define("ELECTROLYTE_MASS_RATIO", "g/Ah", "electrolyte mass per capacity (E/C)", FieldUnits.KILOGRAM.divide(FieldUnits.COULOMB), FieldUnits.GRAM_PER_AMPERE_HOUR);
    /** Specific energy (Wh/kg). */
    public static final Kind<SpecificEnergy> SPECIFIC_ENERGY = define("SPECIFIC_ENERGY", "Wh/kg", "specific energy", FieldUnits.JOULE.divide(FieldUnits.KILOGRAM), FieldUnits.WATT_HOUR_PER_KILOGRAM);
    /** Energy density, energy per volume (Wh/L). Same dimension as {@link #PRESSURE}. */
    public static final Kind<EnergyDensity> ENERGY_DENSITY = define("ENERGY_DENSITY", "Wh/L", "energy density", FieldUnits.JOULE.divide(FieldUnits.LITRE.getSystemUnit()), FieldUnits.WATT_HOUR_PER_LITRE);
    /** Areal energy (mWh/cm²). */
    public static final Kind<ArealEnergy> AREAL_ENERGY = define("AREAL_ENERGY", "mWh/cm²", "areal energy", FieldUnits.JOULE.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIWATT_HOUR_PER_SQUARE_CENTIMETRE);
    /** Specific power (W/kg). */
    public static final Kind<SpecificPower> SPECIFIC_POWER = define("SPECIFIC_POWER", "W/kg", "specific power", FieldUnits.WATT.divide(FieldUnits.KILOGRAM), FieldUnits.WATT_PER_KILOGRAM);
    /** Power density, power per volume (W/L). */
    public static final Kind<PowerDensity> POWER_DENSITY = define("POWER_DENSITY", "W/L", "power density", FieldUnits.WATT.divide(FieldUnits.LITRE.getSystemUnit()), FieldUnits.WATT_PER_LITRE);
    /** Areal power (mW/cm²). */
    public static final Kind<ArealPower> AREAL_POWER = define("AREAL_POWER", "mW/cm²", "areal power", FieldUnits.WATT.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIWATT_PER_SQUARE_CENTIMETRE);
    /** Current density (mA/cm²). */
    public static final Kind<CurrentDensity> CURRENT_DENSITY = define("CURRENT_DENSITY", "mA/cm²", "current density", FieldUnits.AMPERE.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIAMPERE_PER_SQUARE_CENTIMETRE);
    /** Specific current (mA/g, A/g). */
    public static final Kind<SpecificCurrent> SPECIFIC_CURRENT = define("SPECIFIC_CURRENT", "mA/g", "specific current", FieldUnits.AMPERE.divide(FieldUnits.KILOGRAM), FieldUnits.MILLIAMPERE_PER_GRAM);
    /** C-rate (C = 1/h). Same dimension as hertz. */
    public static final Kind<CRate> C_RATE = define("C_RATE", "C", "C-rate", FieldUnits.SECOND.inverse(), FieldUnits.C_RATE);
    /** Amount concentration, molarity (mol/L, M). */
    public static final Kind<AmountConcentration> CONCENTRATION = define("CONCENTRATION", "M", "concentration (molarity)", FieldUnits.MOLE_PER_CUBIC_METRE, FieldUnits.MOLAR);
    /** Molality (mol/kg, written m). */
    public static final Kind<Molality> MOLALITY = define("MOLALITY", "mol/kg", "molality", FieldUnits.MOLE_PER_KILOGRAM, FieldUnits.MOLE_PER_KILOGRAM);
    /** Mass density (g/cm³). */
    public static final Kind<MassDensity> MASS_DENSITY = define("MASS_DENSITY", "g/cm³", "density", FieldUnits.KILOGRAM.divide(FieldUnits.LITRE.getSystemUnit()), FieldUnits.GRAM_PER_CUBIC_CENTIMETRE);
    /** Molar mass (g/mol). */
    public static final Kind<MolarMass> MOLAR_MASS = define("MOLAR_MASS", "g/mol", "molar mass", FieldUnits.KILOGRAM.divide(FieldUnits.MOLE), FieldUnits.GRAM_PER_MOLE);
    /** Specific capacitance (F/g). */
    public static final Kind<SpecificCapacitance> SPECIFIC_CAPACITANCE = define("SPECIFIC_CAPACITANCE", "F/g", "specific capacitance", FieldUnits.FARAD.divide(FieldUnits.KILOGRAM), FieldUnits.FARAD_PER_GRAM);
    /** Areal capacitance (mF/cm²). */
    public static final Kind<ArealCapacitance> AREAL_CAPACITANCE = define("AREAL_CAPACITANCE", "mF/cm²", "areal capacitance", FieldUnits.FARAD.divide(FieldUnits.SQUARE_METRE), FieldUnits.MILLIFARAD_PER_SQUARE_CENTIMETRE);
    /** Volumetric capacitance (F/cm³). */
    public static final Kind<VolumetricCapacitance> VOLUMETRIC_CAPACITANCE = define("VOLUMETRIC_CAPACITANCE", "F/cm³", "volumetric capacitance", FieldUnits.FARAD.divide(FieldUnits.LITRE.getSystemUnit()), FieldUnits.FARAD_PER_CUBIC_CENTIMETRE);
    /** Conductivity (S/cm, mS/cm). */
    public static final Kind<Conductivity> CONDUCTIVITY = define("CONDUCTIVITY", "mS/cm", "conductivity", FieldUnits.SIEMENS_PER_METRE, FieldUnits.MILLISIEMENS_PER_CENTIMETRE);
    /** Diffusivity (cm²/s). */
    public static final Kind<Diffusivity> DIFFUSIVITY = define("DIFFUSIVITY", "cm²/s", "diffusivity", FieldUnits.SQUARE_METRE_PER_SECOND, FieldUnits.SQUARE_CENTIMETRE_PER_SECOND);
    /** Area-specific resistance (Ω·cm²). */
    public static final Kind<ArealResistance> AREAL_RESISTANCE = define("AREAL_RESISTANCE", "Ω·cm²", "area-specific resistance", FieldUnits.OHM.multiply(FieldUnits.SQUARE_METRE), FieldUnits.OHM_SQUARE_CENTIMETRE);
    /** Temperature coefficient of a potential (mV/K). */
    public static final Kind<PotentialTemperatureCoefficient> POTENTIAL_TEMPERATURE_COEFFICIENT = define("POTENTIAL_TEMPERATURE_COEFFICIENT", "mV/K", "temperature coefficient of potential", FieldUnits.VOLT.divide(FieldUnits.KELVIN), FieldUnits.MILLIVOLT_PER_KELVIN);
    /** A plain dimensionless ratio with no fraction basis (N/P, retention, porosity written as "%"). */
    public static final Kind<Dimensionless> RATIO = define("RATIO", "", "dimensionless ratio", FieldUnits.ONE, FieldUnits.ONE, FractionBasis.NONE);
    /** Mass fraction (wt%; a plain % is accepted and takes this meaning). */
    public static final Kind<Dimensionless> MASS_FRACTION = define("MASS_FRACTION", "wt%", "mass fraction", FieldUnits.ONE, FieldUnits.PERCENT, FractionBasis.MASS);
    /** A share of a whole with no material basis (utilisation, depth of discharge, efficiency), in %. */
    public static final Kind<Dimensionless> PERCENTAGE = define("PERCENTAGE", "%", "percentage", FieldUnits.ONE, FieldUnits.PERCENT);
    /** Amount (atom or mole) fraction (at%, mol%; a plain % is accepted and takes this meaning). */
    public static final Kind<Dimensionless> AMOUNT_FRACTION = define("AMOUNT_FRACTION", "at%", "amount fraction", FieldUnits.ONE, FieldUnits.PERCENT, FractionBasis.AMOUNT);
    /** Volume fraction (vol%; a plain % is accepted and takes this meaning). */
    public static final Kind<Dimensionless> VOLUME_FRACTION = define("VOLUME_FRACTION", "vol%", "volume fraction", FieldUnits.ONE, FieldUnits.PERCENT, FractionBasis.VOLUME);

    private final String name;
    private final String displaySymbol;
    private final String description;
    private final Unit<Q> siUnit;
    private final Unit<Q> displayUnit;
    private final FractionBasis basis;

    private Kind(String name, String displaySymbol, String description, Unit<Q> siUnit, Unit<Q> displayUnit,
            FractionBasis basis) {
        this.name = name;
        this.displaySymbol = displaySymbol;
        this.description = description;
        this.siUnit = siUnit;
        this.displayUnit = displayUnit;
        this.basis = basis;
    }

    private static <Q extends Quantity<Q>> Kind<Q> define(String name, String displaySymbol, String description,
            Unit<?> siUnit, Unit<Q> displayUnit) {
        return define(name, displaySymbol, description, siUnit, displayUnit, FractionBasis.NONE);
    }

    @SuppressWarnings("unchecked")
    private static <Q extends Quantity<Q>> Kind<Q> define(String name, String displaySymbol, String description,
            Unit<?> siUnit, Unit<Q> displayUnit, FractionBasis basis) {
        if (!siUnit.getDimension().equals(displayUnit.getDimension())) {
            throw new IllegalStateException("kind " + name + ": " + siUnit + " and " + displayUnit + " differ in dimension");
        }
        Kind<Q> kind = new Kind<>(name, displaySymbol, description, (Unit<Q>) siUnit, displayUnit, basis);
        ALL.add(kind);
        return kind;
    }

    /** All kinds, in declaration order. */
    public static List<Kind<?>> values() {
        return Collections.unmodifiableList(ALL);
    }

    /** The kind with this constant name ({@code "SPECIFIC_CAPACITY"}), if any. */
    public static Optional<Kind<?>> valueOf(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    /** Every kind with this dimension, in declaration order (more than one for shared dimensions). */
    public static List<Kind<?>> withDimension(Dimension dimension) {
        return ALL.stream().filter(k -> k.dimension().equals(dimension)).toList();
    }

    /** The constant name, e.g. {@code "SPECIFIC_CAPACITY"}. */
    public String name() {
        return name;
    }

    /** A short human description, e.g. {@code "specific capacity"}. */
    public String description() {
        return description;
    }

    /** The physical dimension every unit of this kind has. */
    public Dimension dimension() {
        return siUnit.getDimension();
    }

    /** The coherent SI unit of this kind (what the analysis layer computes in). */
    public Unit<Q> siUnit() {
        return siUnit;
    }

    /** The unit the field usually writes this kind in (mAh/g for specific capacity). */
    public Unit<Q> displayUnit() {
        return displayUnit;
    }

    /** {@link #displayUnit()} as the field writes it ({@code "mAh/g"}); {@link UnitParser} parses it back. */
    public String displaySymbol() {
        return displaySymbol;
    }

    /** The fraction basis a value of this kind must have; {@link FractionBasis#NONE} for non-fraction kinds. */
    public FractionBasis basis() {
        return basis;
    }

    /** Whether a unit with this dimension and fraction basis is a valid unit for this kind. */
    public boolean accepts(Dimension dimension, FractionBasis writtenBasis) {
        return dimension().equals(dimension) && basisAccepted(writtenBasis);
    }

    /** A plain (NONE) basis is accepted by every kind; a stated basis only by the kind with that basis. */
    boolean basisAccepted(FractionBasis writtenBasis) {
        return writtenBasis == FractionBasis.NONE || writtenBasis == basis;
    }

    @Override
    public String toString() {
        return name;
    }
}
