/** Value objects shared by every aggregate: money and the UK financial year. */
package org.grantwell.db.shared;
