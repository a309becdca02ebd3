/**
 * Complaints (laporan) of the LAPOR! SP4N workflow (Permenpan RB 62/2018): a citizen's complaint, aspiration
 * or information request, verified by the regency's coordinator, sent (disposisi) to one or more agencies
 * (OPD), followed up, resolved and closed by the citizen. {@link id.pendopo.complaint.Complaint} holds every
 * rule: its status machine, who may see the reporter, and the SLA dates. Every complaint belongs to one tenant.
 */
package id.pendopo.complaint;
