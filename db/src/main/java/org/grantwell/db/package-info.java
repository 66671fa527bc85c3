/** The persistence layer: entities, repositories and the schema, one package per aggregate. */
package org.grantwell.db;
