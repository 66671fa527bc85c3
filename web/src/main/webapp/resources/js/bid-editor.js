/*
 * The bid editor's client side: saves the draft every 10 seconds while the user types (through the
 * page's p:remoteCommand gwAutoSave), once more when the tab is hidden or closed, keeps the address
 * bar on ?id=<bidId> once a new bid has been created, and focuses the input a review link points at.
 */
window.gwBidEditor = (function () {
  var INTERVAL_MS = 10000;
  var dirty = false;

  function form() {
    return document.getElementById('editor');
  }

  function markDirty(event) {
    var f = form();
    if (f && f.contains(event.target) && event.target.type !== 'file') {
      dirty = true;
    }
  }

  function save() {
    if (dirty && typeof window.gwAutoSave === 'function') {
      dirty = false;
      window.gwAutoSave();
    }
  }

  /** Once the bid exists, the address names it, so a reload or a bookmark opens the same bid. */
  function syncAddress() {
    var holder = document.getElementById('gw-bid-id');
    var id = holder && holder.getAttribute('data-bid-id');
    if (id && window.history && window.history.replaceState && !/[?&]id=/.test(window.location.search)) {
      window.history.replaceState(null, '', window.location.pathname + '?id=' + encodeURIComponent(id));
    }
  }

  document.addEventListener('input', markDirty, true);
  document.addEventListener('change', markDirty, true);
  window.setInterval(save, INTERVAL_MS);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      save();
    }
  });
  window.addEventListener('pagehide', save);
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', syncAddress);
  }

  return {
    /** A step change or an explicit save is about to save everything: nothing is pending any more. */
    clean: function () {
      dirty = false;
    },
    /** Called after the periodic save, which is not a global Ajax request. */
    sync: syncAddress,
    isDirty: function () {
      return dirty;
    },
    /** Focuses the input with this client id (PrimeFaces suffixes _input and _focus are tried too). */
    focus: function (clientId) {
      if (!clientId) {
        return;
      }
      var candidates = [clientId + '_input', clientId + '_focus', clientId];
      for (var i = 0; i < candidates.length; i++) {
        var el = document.getElementById(candidates[i]);
        if (el) {
          if (el.scrollIntoView) {
            el.scrollIntoView({block: 'center'});
          }
          el.focus();
          return;
        }
      }
    }
  };
})();
