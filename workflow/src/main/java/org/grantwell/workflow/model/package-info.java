/** Constants that mirror the ids in the BPMN models: process keys, variables, candidate groups. */
package org.grantwell.workflow.model;
