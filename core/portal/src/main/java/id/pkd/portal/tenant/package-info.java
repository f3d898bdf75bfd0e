/**
 * The tenant kernel every feature shares: the tenant identity and the fail-closed current tenant.
 * Tenant management itself lives in {@code daerah}.
 */
package id.pkd.portal.tenant;
