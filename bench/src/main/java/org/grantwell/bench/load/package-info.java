/** The load driver: virtual users of each role on loopback against the running application, pages (full JSF requests) and API, the single-user heavy reports and the workflow lifecycles through the API. */
package org.grantwell.bench.load;
