/** The funding-round pages: the open rounds and their rules in plain words, and opening a round. */
package org.grantwell.web.round;
