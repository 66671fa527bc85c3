/**
 * The service steps of the lifecycle processes: CDI beans the engine resolves by name ({@link
 * org.grantwell.workflow.lifecycle.delegate.DelegateNames}), each calling the domain services in the
 * transaction of the step that reached them.
 */
package org.grantwell.workflow.lifecycle.delegate;
