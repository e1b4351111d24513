package org.daniell.model.validation;

import java.util.List;

import org.daniell.model.validation.capacity.CapacityBalanceValidator;
import org.daniell.model.validation.capacity.PracticalityValidator;

/** Every topic validator, in the order their findings are listed. */
public final class TopicValidators {

    private TopicValidators() {
    }

    public static List<TopicValidator> all() {
        return List.of(
                new CompositionValidator(),
                new HighEntropyValidator(),
                new MechanismValidator(),
                new ReactionValidator(),
                new CapacityBalanceValidator(),
                new PracticalityValidator(),
                new WindowValidator(),
                new PhValidator(),
                new HostValidator(),
                new SpeciationValidator(),
                new CollectorValidator(),
                new SeparatorValidator(),
                new TemperatureValidator(),
                new ClaimValidator(),
                new DataValidator());
    }
}
