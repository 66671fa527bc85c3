/** Formula funding: a round's pot allocated to force areas by population or a needs indicator. */
package org.grantwell.db.allocation;
