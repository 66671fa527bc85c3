/** The organisation profile page: the details every new bid of the organisation starts from. */
package org.grantwell.web.organisation;
