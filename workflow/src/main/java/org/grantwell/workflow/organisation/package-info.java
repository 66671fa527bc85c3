/** Organisation profiles: the details an organisation gives once and every new bid copies. */
package org.grantwell.workflow.organisation;
