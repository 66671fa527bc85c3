/** The finance pages: match funding by bid with its confirmation, and the spending tracker. */
package org.grantwell.web.finance;
