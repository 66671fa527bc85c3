/** The national funding programmes. */
package org.grantwell.db.programme;
