/** The JAX-RS API under {@code /api}. */
package org.grantwell.web.rest;
