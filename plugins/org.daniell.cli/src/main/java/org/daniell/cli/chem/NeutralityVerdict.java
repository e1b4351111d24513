package org.daniell.cli.chem;

import org.daniell.chem.neutrality.NeutralityReport;

/**
 * The answer to "can this formula be charge-neutral?" in one word and one sentence, from the kernel's
 * {@link NeutralityReport}. A formula written with a charge ({@code SO4[2-]}) is asked to reach that charge instead.
 *
 * @param kind     the verdict
 * @param sentence the verdict as a chemist would say it
 */
record NeutralityVerdict(Kind kind, String sentence) {

    /** The possible verdicts, each with the word used in JSON. */
    enum Kind {
        METALLIC("metallic"),
        NEUTRAL_WITH_DEFAULT_VALENCES("neutral-with-default-valences"),
        CAN_BE_NEUTRAL("can-be-neutral"),
        ONLY_WITH_UNCOMMON_STATES("only-with-uncommon-states"),
        CANNOT_BE_NEUTRAL("cannot-be-neutral");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** @return the verdict as written in JSON */
        String word() {
            return word;
        }
    }

    /** @return the verdict on {@code report} */
    static NeutralityVerdict of(NeutralityReport report) {
        String target = report.targetCharge() == 0 ? "neutral" : "at charge " + Numbers.charge(report.targetCharge());
        if (report.metallic()) {
            return new NeutralityVerdict(Kind.METALLIC, "metallic (element or alloy): every atom at formal charge 0");
        }
        if (!report.feasible()) {
            String why = report.positiveShortfall() > 0
                    ? "even the highest allowed states leave " + Numbers.amount(report.positiveShortfall())
                            + " too little positive charge per formula unit"
                    : "even the lowest allowed states leave " + Numbers.amount(report.positiveExcess())
                            + " too much positive charge per formula unit";
            String caveat = report.formalChargesIndicative()
                    ? " (formal charges are only indicative for covalent anions such as P, Si or Te)" : "";
            return new NeutralityVerdict(Kind.CANNOT_BE_NEUTRAL, "cannot be " + target + ": " + why + caveat);
        }
        if (report.balancedWithDefaults()) {
            return new NeutralityVerdict(Kind.NEUTRAL_WITH_DEFAULT_VALENCES, target + " with the default valences");
        }
        String residual = "the default valences leave " + Numbers.amount(Math.abs(report.defaultResidual()))
                + (report.defaultResidual() < 0 ? " too little" : " too much") + " positive charge per formula unit";
        if (!report.feasibleWithUsualStates()) {
            return new NeutralityVerdict(Kind.ONLY_WITH_UNCOMMON_STATES,
                    "can be " + target + " only with uncommon oxidation states; " + residual);
        }
        return new NeutralityVerdict(Kind.CAN_BE_NEUTRAL, "can be " + target + "; " + residual);
    }

    /**
     * @return true if the verdict is a plain no, which makes the command exit with 1; covalent anions (phosphides,
     *     tellurides) only give a warning, as the kernel's report says
     */
    static boolean isNegative(NeutralityReport report) {
        return !report.metallic() && !report.feasible() && !report.formalChargesIndicative();
    }
}
