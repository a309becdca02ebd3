/**
 * Complaints (pengaduan) through the API: submission with idempotency keys and attachments, lists and details
 * for the regency's staff and API clients, the staff's workflow acts, and the citizen's public tracking.
 */
package id.pendopo.api.complaint;
