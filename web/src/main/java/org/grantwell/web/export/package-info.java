/** The export downloads for the pages, served with the login session under {@code /app/export}. */
package org.grantwell.web.export;
