/** The bid pages: the list, one bid with its process and history, and the bid editor. */
package org.grantwell.web.bid;
