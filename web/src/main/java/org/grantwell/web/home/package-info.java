/** The landing page. */
package org.grantwell.web.home;
