/** Faces plumbing shared by the pages: EL resolvers, converters. */
package org.grantwell.web.faces;
