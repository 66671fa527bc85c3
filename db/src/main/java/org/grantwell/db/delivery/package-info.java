/** Delivery of a funded bid: quarterly monitoring returns and variations to the project. */
package org.grantwell.db.delivery;
