/**
 * The citizen's side of the console's server: the public tracking page the reporter's messages link to, open
 * without signing in, plain HTML without scripts.
 */
package id.pendopo.ui.tracking;
