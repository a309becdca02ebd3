/**
 * What the complaint workflow uses, as the tenant admin configures it: complaint categories, the holiday
 * calendar that decides working days, and the SLA deadlines in working days. Everyone of the regency may read
 * them; only its tenant admin changes them.
 */
package id.pendopo.api.settings;
