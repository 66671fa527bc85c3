/** The police force areas of England and Wales (reference data). */
package org.grantwell.db.area;
