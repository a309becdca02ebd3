/**
 * The frame around every view: header with the tenant's branding or the operator console's title, the language
 * switch and sign-out, and the navigation that each role sees.
 */
package id.pendopo.ui.shell;
