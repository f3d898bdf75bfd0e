/**
 * Running the portal as a hosted service: health and readiness for the load balancer, request ids and log
 * context, rate limits of the public and sign-in pages.
 */
package id.pkd.portal.operasi;
