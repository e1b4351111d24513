package org.daniell.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.daniell.chem.unit.Kind;
import org.daniell.model.analysis.CellAnalysis;
import org.daniell.model.analysis.ElectrodeAnalysis;
import org.daniell.model.analysis.EnergyBases;
import org.daniell.model.analysis.Figure;
import org.daniell.model.analysis.Resolved;
import org.daniell.model.analysis.Stated;
import org.daniell.model.design.Basis;
import org.daniell.model.design.Cell;
import org.daniell.model.design.Claim;
import org.daniell.model.design.ClaimKind;
import org.daniell.model.design.DesignPackage;
import org.daniell.model.design.Mechanism;
import org.daniell.model.design.Protocol;
import org.daniell.model.design.Step;
import org.daniell.model.issues.ClaimIssues;

/** Claims against their basis, against q·V̄ and theory, and cycling claims against their conditions (seed-000 R-D3–R-D6). */
public final class ClaimValidator extends TopicValidator {

    /** Largest relative difference between a claimed energy and q·V̄ on the same basis (seed-000 §4.9 R-D4). */
    private static final double ENERGY_TOLERANCE = 0.10;
    /** Relative margin for rounding before a capacity counts as above theory (inferred). */
    private static final double CAPACITY_TOLERANCE = 0.02;

    @Override
    public void checkCell(Cell cell, CellAnalysis analysis, Findings findings) {
        // only the cell's own claims: inherited ones are checked where they are written
        for (Claim claim : cell.getClaims()) {
            if (!claim.isSetKind()) {
                continue;
            }
            checkBasis(claim, findings);
            checkEnergy(cell, claim, analysis, findings);
            checkCapacity(claim, analysis, findings);
            checkCycling(cell, claim, findings);
        }
    }

    /** R-D3 / P1: a specific (per mass or volume) energy, power or capacity needs its basis. */
    private static void checkBasis(Claim claim, Findings findings) {
        if (claim.isSetBasis()) {
            return;
        }
        Optional<Kind<?>> kind = Stated.kindOf(claim.getValue(), Kind.SPECIFIC_ENERGY, Kind.ENERGY_DENSITY,
                Kind.SPECIFIC_POWER, Kind.POWER_DENSITY, Kind.SPECIFIC_CAPACITY, Kind.VOLUMETRIC_CAPACITY);
        if (kind.isEmpty()) {
            return;
        }
        List<String> bases = claim.getKind() == ClaimKind.CAPACITY ? List.of("material", "electrode")
                : List.of("cell", "electrode_pair", "material");
        findings.reportWithFix(ClaimIssues.BASIS_MISSING, claim, DesignPackage.Literals.CLAIM__VALUE, bases,
                claim.getKind().getLiteral(), written(claim));
    }

    /** R-D4: a specific energy against q·V̄ on the same basis. */
    private static void checkEnergy(Cell cell, Claim claim, CellAnalysis analysis, Findings findings) {
        if (claim.getKind() != ClaimKind.ENERGY || !claim.isSetBasis()) {
            return;
        }
        OptionalDouble claimed = Stated.value(claim.getValue(), Kind.SPECIFIC_ENERGY);
        if (claimed.isEmpty() || claimed.getAsDouble() <= 0) {
            return;
        }
        Optional<Double> expected = claimedCapacity(cell, claim)
                .flatMap(q -> analysis.voltage().map(v -> q * v.value()))
                .or(() -> energyAt(analysis.energy(), claim.getBasis()).map(Figure::value));
        if (expected.isEmpty()) {
            return;
        }
        double difference = Math.abs(claimed.getAsDouble() - expected.get()) / claimed.getAsDouble();
        if (difference > ENERGY_TOLERANCE) {
            findings.report(ClaimIssues.ENERGY_INCONSISTENT, claim, DesignPackage.Literals.CLAIM__VALUE,
                    MaterialChemistry.format(claimed.getAsDouble()), claim.getBasis().getLiteral(),
                    String.format(Locale.ROOT, "%.0f", difference * 100), MaterialChemistry.format(expected.get()));
        }
    }

    /** A specific capacity the cell claims on the same basis and at the same rate as {@code energy}, mAh/g. */
    private static Optional<Double> claimedCapacity(Cell cell, Claim energy) {
        for (Claim claim : Resolved.claims(cell)) {
            if (claim.getKind() == ClaimKind.CAPACITY && claim.isSetBasis() && claim.getBasis() == energy.getBasis()
                    && sameRate(claim, energy)) {
                OptionalDouble q = Stated.value(claim.getValue(), Kind.SPECIFIC_CAPACITY);
                if (q.isPresent()) {
                    return Optional.of(q.getAsDouble());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameRate(Claim a, Claim b) {
        if (a.getRate() == null || b.getRate() == null) {
            return a.getRate() == b.getRate();
        }
        return a.getRate().getValue().compareTo(b.getRate().getValue()) == 0
                && java.util.Objects.equals(a.getRate().getUnit(), b.getRate().getUnit());
    }

    private static Optional<Figure> energyAt(EnergyBases energy, Basis basis) {
        return switch (basis) {
            case MATERIAL -> energy.material();
            case ELECTRODE_PAIR -> energy.electrodePair();
            case ELECTRODES -> energy.electrodes();
            case CELL -> energy.cell();
            default -> Optional.empty();
        };
    }

    /** R-D5: a capacity per gram of active material above the positive material's theoretical capacity. */
    private static void checkCapacity(Claim claim, CellAnalysis analysis, Findings findings) {
        if (claim.getKind() != ClaimKind.CAPACITY || claim.getBasis() != Basis.MATERIAL || !claim.isSetBasis()) {
            return;
        }
        OptionalDouble claimed = Stated.value(claim.getValue(), Kind.SPECIFIC_CAPACITY);
        Optional<ElectrodeAnalysis> positive = analysis.positive();
        Optional<Figure> theory = positive.flatMap(ElectrodeAnalysis::theoreticalCapacity);
        if (claimed.isEmpty() || theory.isEmpty() || capacitive(positive.get())) {
            return;
        }
        if (claimed.getAsDouble() > theory.get().value() * (1 + CAPACITY_TOLERANCE)) {
            findings.report(ClaimIssues.CAPACITY_ABOVE_THEORETICAL, claim, DesignPackage.Literals.CLAIM__VALUE,
                    MaterialChemistry.format(claimed.getAsDouble()), MaterialChemistry.format(theory.get().value()),
                    positive.get().material().map(m -> m.getName()).orElse(positive.get().name()) + " ("
                            + theory.get().formula() + ")");
        }
    }

    /** Capacitive, pseudocapacitive or space-charge storage adds capacity beyond the faradaic bound. */
    private static boolean capacitive(ElectrodeAnalysis electrode) {
        List<Mechanism> mechanisms = new ArrayList<>();
        electrode.mechanism().ifPresent(mechanisms::add);
        electrode.material().ifPresent(m -> mechanisms.addAll(m.getMechanisms()));
        return mechanisms.stream().anyMatch(m -> m == Mechanism.CAPACITIVE || m == Mechanism.SURFACE_REDOX
                || m == Mechanism.SPACE_CHARGE);
    }

    /** R-D6: a cycling claim needs cycles, rate and temperature, in the claim or the cell's protocol. */
    private static void checkCycling(Cell cell, Claim claim, Findings findings) {
        boolean cycling = claim.getKind() == ClaimKind.RETENTION || claim.getKind() == ClaimKind.CYCLES
                || claim.isSetAfterCycles();
        if (!cycling) {
            return;
        }
        Protocol protocol = Resolved.protocol(cell);
        List<String> missing = new ArrayList<>();
        if (claim.getKind() == ClaimKind.RETENTION && !claim.isSetAfterCycles()
                && (protocol == null || !protocol.isSetCycles())) {
            missing.add("the number of cycles");
        }
        boolean rate = claim.getRate() != null
                || protocol != null && protocol.getSteps().stream().map(Step::getRate).anyMatch(r -> r != null);
        if (!rate) {
            missing.add("the rate");
        }
        boolean temperature = claim.getTemperature() != null || protocol != null && protocol.getTemperature() != null
                || Resolved.nearest(Resolved.lineage(cell), Cell::getMinTemperature) != null;
        if (!temperature) {
            missing.add("the temperature");
        }
        if (!missing.isEmpty()) {
            findings.report(ClaimIssues.CYCLING_INCOMPLETE, claim, DesignPackage.Literals.CLAIM__KIND,
                    claim.getKind().getLiteral(), String.join(", ", missing.subList(0, missing.size() - 1))
                            + (missing.size() > 1 ? " or " : "") + missing.get(missing.size() - 1));
        }
    }

    private static String written(Claim claim) {
        String unit = claim.getValue().getUnit() == null ? "" : " " + claim.getValue().getUnit();
        return claim.getValue().getValue().toPlainString() + unit;
    }
}
