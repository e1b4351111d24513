package org.daniell.chem.formula;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Outcome of reading a formula or reaction: either a value with (possibly empty) warnings, or positioned errors.
 * Bad input never raises an unchecked exception; it yields a {@link Failure}.
 *
 * @param <T> the type of the value read
 */
public sealed interface ParseResult<T> permits ParseResult.Success, ParseResult.Failure {

    /** A value that was read, with the assumptions made while reading it. */
    record Success<T>(T value, List<FormulaWarning> warnings) implements ParseResult<T> {
        public Success {
            warnings = List.copyOf(warnings);
        }
    }

    /** Input that could not be read; {@code errors} is never empty. */
    record Failure<T>(List<FormulaError> errors) implements ParseResult<T> {
        public Failure {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failure needs at least one error");
            }
            errors = List.copyOf(errors);
        }
    }

    /** @return true if a value was read */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** @return the value, if one was read */
    default Optional<T> optionalValue() {
        return this instanceof Success<T> s ? Optional.of(s.value()) : Optional.empty();
    }

    /** @return the warnings of a success, or an empty list */
    default List<FormulaWarning> warnings() {
        return this instanceof Success<T> s ? s.warnings() : List.of();
    }

    /** @return the errors of a failure, or an empty list */
    default List<FormulaError> errors() {
        return this instanceof Failure<T> f ? f.errors() : List.of();
    }

    /**
     * @return the value
     * @throws FormulaSyntaxException carrying the positioned errors if nothing was read
     */
    default T orElseThrow() throws FormulaSyntaxException {
        if (this instanceof Success<T> s) {
            return s.value();
        }
        throw new FormulaSyntaxException(errors());
    }

    /** @return this result with the value transformed; failures pass through */
    default <R> ParseResult<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Success<T> s) {
            return new Success<>(mapper.apply(s.value()), s.warnings());
        }
        return new Failure<>(errors());
    }
}
