package org.daniell.chem.unit;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of parsing or checking a unit or quantity: a value, or a {@link UnitProblem} that a caller
 * turns into a diagnostic. Nothing in this package throws for bad user input; it returns a failure.
 *
 * @param <T> the value type
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure {

    /** A successful outcome. */
    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    /** A failed outcome. */
    static <T> Outcome<T> failure(UnitProblem problem) {
        return new Failure<>(problem);
    }

    /** Whether this is a {@link Success}. */
    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value, if successful. */
    default Optional<T> value() {
        return this instanceof Success<T> s ? Optional.of(s.get()) : Optional.empty();
    }

    /** The problem, if failed. */
    default Optional<UnitProblem> problem() {
        return this instanceof Failure<T> f ? Optional.of(f.reason()) : Optional.empty();
    }

    /**
     * The value of a success, or an exception carrying the problem's message. For tests and for callers
     * that have already checked {@link #isSuccess()}.
     */
    default T orElseThrow() {
        if (this instanceof Success<T> s) {
            return s.get();
        }
        throw new NoSuchElementException(((Failure<T>) this).reason().message());
    }

    /** Applies {@code f} to the value of a success; a failure passes through. */
    default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Success<T> s) {
            return new Success<>(f.apply(s.get()));
        }
        return new Failure<>(((Failure<T>) this).reason());
    }

    /** Chains a further check on the value of a success; a failure passes through. */
    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> f) {
        if (this instanceof Success<T> s) {
            return f.apply(s.get());
        }
        return new Failure<>(((Failure<T>) this).reason());
    }

    /** Shifts the position of a failure's problem by {@code delta} characters (for embedding in larger text). */
    default Outcome<T> shifted(int delta) {
        if (this instanceof Failure<T> f) {
            return new Failure<>(f.reason().shifted(delta));
        }
        return this;
    }

    /**
     * A successful outcome.
     *
     * @param get the value
     * @param <T> the value type
     */
    record Success<T>(T get) implements Outcome<T> {
    }

    /**
     * A failed outcome.
     *
     * @param reason what went wrong, with its position
     * @param <T> the value type that was not produced
     */
    record Failure<T>(UnitProblem reason) implements Outcome<T> {
    }
}
