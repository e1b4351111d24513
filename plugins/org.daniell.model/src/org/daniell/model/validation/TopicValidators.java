package org.daniell.model.validation;

import org.daniell.model.validation.inventory.CompartmentValidator;
import org.daniell.model.validation.inventory.ElectrolyteValidator;
import org.daniell.model.validation.inventory.InventoryValidator;

import java.util.List;

/** Every topic validator, in the order their findings are listed. */
public final class TopicValidators {

    private TopicValidators() {
    }

    public static List<TopicValidator> all() {
        return List.of(new ElectrolyteValidator(), new InventoryValidator(), new CompartmentValidator());
    }
}
