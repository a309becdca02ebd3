/** The tenant admin's third-party API clients over HTTP. */
package id.pendopo.api.identity;
