package org.daniell.model.validation;

import java.util.List;

/** Every topic validator, in the order their findings are listed. */
public final class TopicValidators {

    private TopicValidators() {
    }

    public static List<TopicValidator> all() {
        return List.of(new CompositionValidator(), new HighEntropyValidator(), new MechanismValidator(), new ReactionValidator(), new ClaimValidator(), new DataValidator());
    }
}
