/**
 * The staff's complaint screens (pengaduan): the inbox with filters, bulk acts and exports, the detail with
 * timeline, conversation, dispositions and the acts the user's role and the complaint's state allow, and the
 * form for reports taken by phone or at the counter. Rules live in {@code id.pendopo.complaint}.
 */
package id.pendopo.ui.complaint;
