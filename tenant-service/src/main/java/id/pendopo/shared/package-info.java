/**
 * Building blocks every capability shares: the domain exception types that the API turns into
 * problem+json and the UI into readable messages, the injected {@link java.time.Clock}, and
 * the in-app event bus.
 */
package id.pendopo.shared;
