package org.grantwell.bench.load;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A cookie jar that can be emptied for a new sign-in, keeping the client and its connections. */
final class SwappableCookies extends CookieHandler {

  private volatile CookieManager jar = new CookieManager();

  void clear() {
    jar = new CookieManager();
  }

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
    return jar.get(uri, requestHeaders);
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    jar.put(uri, responseHeaders);
  }
}
