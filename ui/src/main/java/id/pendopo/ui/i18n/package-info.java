/**
 * Bahasa Indonesia (the default) and English. Every text of the console comes from
 * {@code vaadin-i18n/translations.properties} (Indonesian) and {@code translations_en.properties} (English) through
 * {@link id.pendopo.ui.i18n.Translations}; the chosen language is kept for the session.
 */
package id.pendopo.ui.i18n;
