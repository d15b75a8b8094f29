/**
 * Roles, sign-in and the security configuration: features name the roles ({@link ma.marsad.base.security.Role})
 * on their views, endpoints and services, so this package is an interface of the base module.
 */
@NamedInterface("security")
package ma.marsad.base.security;

import org.springframework.modulith.NamedInterface;
