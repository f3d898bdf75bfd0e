/**
 * The contract between the Portal Kinerja Daerah and its urusan plugins. Plugins depend on this
 * module and on PF4J at {@code provided} scope; see {@code plugins/README.md}.
 */
package id.pkd.plugin.api;
