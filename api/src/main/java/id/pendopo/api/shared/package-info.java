/** Shapes every capability's resources share, such as the one pagination style. */
package id.pendopo.api.shared;
