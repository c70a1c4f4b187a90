// The visit form keeps what was typed through its live scrub and its whole-form swaps ("Add a service",
// "Add a diagnosis", a finding's "Fix it").
//
// Why this file exists: the form is swapped whole from answers to requests sent a moment earlier. An answer built
// from values that predate the latest typing would put the older values back, and a scrub answering older input
// would offer fixes for a visit that no longer stands. So every user edit is counted; each request remembers the
// count it was sent at; a form swap whose request predates an edit is not swapped in but sent again with the form
// as it now stands; and a live scrub never runs while a form swap is on its way (the swap brings its own scrub).
//
// The form says where it stands, for people and for the browser tests, which wait on it and never on time:
//   data-edits     input events so far on this page
//   data-scrubbed  the count the scrub shown answers
//   data-requests  requests from the form not yet answered
//   data-settled   "true" when the scrub answers the latest input and nothing is on its way
//
// A form swap the server refuses is shown, not dropped: htmx swaps no error answer by default, so a "Fix it" refused
// with 422 would change nothing on the page and say nothing. A refusal of the form's own comes back as the whole form
// with the problem named in it, and is swapped in like any other answer; any other error answer (an error page: the
// session ended, the visit is gone) leaves the form as it is and names the problem in the form's alert box.
(function () {
  'use strict';

  var FORM_ID = 'visit-editor';
  var SCRUB_ID = 'scrub-result';
  var REFUSED_ID = 'request-refused';
  var PROBLEMS_ID = 'form-problems';
  var edits = 0;
  var scrubbed = 0;
  var requests = [];
  // The form just swapped in names a refusal: its problems are scrolled to, for the click may have been far below.
  var problemsToShow = false;

  function form() {
    return document.getElementById(FORM_ID);
  }

  function inForm(element) {
    var current = form();
    return current !== null && element instanceof Node && current.contains(element);
  }

  /** A request that swaps the whole form, or the live scrub that fills the findings beside it. */
  function kindOf(detail) {
    var target = detail.target;
    if (target && target.id === FORM_ID) {
      return 'swap';
    }
    if (target && target.id === SCRUB_ID) {
      return 'scrub';
    }
    return null;
  }

  function swapOnItsWay() {
    return requests.some(function (request) { return request.kind === 'swap'; });
  }

  /** The live scrub at once (its element listens for "rescrub" besides typing). */
  function rescrub() {
    var preview = document.querySelector('#' + FORM_ID + ' [hx-post$="/preview"]');
    if (preview !== null) {
      htmx.trigger(preview, 'rescrub');
    }
  }

  function page(html) {
    return new DOMParser().parseFromString(typeof html === 'string' ? html : '', 'text/html');
  }

  /** Whether an answer carries the form (as the page around it): what a form swap selects and puts in place. */
  function carriesTheForm(html) {
    return page(html).getElementById(FORM_ID) !== null;
  }

  /**
   * An error answer without the form, named in the form's alert box: the error page's title, detail and problems,
   * as text (never as markup), or the bare status when the answer is no error page of cleanclaim's.
   */
  function showRefusal(status, html) {
    var box = document.getElementById(REFUSED_ID);
    if (box === null) {
      return;
    }
    var problem = page(html).querySelector('.problem');
    var lines = [];
    if (problem !== null) {
      problem.querySelectorAll('h1, .problem-detail, .problems li').forEach(function (part) {
        var line = part.textContent.trim();
        var said = lines.some(function (other) { return other.toLowerCase() === line.toLowerCase(); });
        if (line !== '' && !said) {
          lines.push(line);
        }
      });
    }
    if (lines.length === 0) {
      lines.push('The server refused this (HTTP ' + status + ').');
    }
    lines.push('Nothing on the form changed: what you typed is still here.');
    box.replaceChildren.apply(box, lines.map(function (line) {
      var paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }));
    box.setAttribute('data-status', String(status));
    box.hidden = false;
    box.scrollIntoView({ block: 'nearest' });
  }

  function show() {
    var current = form();
    if (current === null) {
      return;
    }
    current.setAttribute('data-edits', String(edits));
    current.setAttribute('data-scrubbed', String(scrubbed));
    current.setAttribute('data-requests', String(requests.length));
    current.setAttribute('data-settled', String(scrubbed === edits && requests.length === 0));
  }

  // Counted while capturing, so the count is up before htmx's own listener schedules the live scrub.
  document.addEventListener('input', function (event) {
    if (inForm(event.target)) {
      edits += 1;
      show();
    }
  }, true);

  // A live scrub due while a form swap is on its way is not sent: the swap, or its resending, scrubs what it carries.
  document.addEventListener('htmx:confirm', function (event) {
    if (kindOf(event.detail) === 'scrub' && swapOnItsWay()) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var kind = kindOf(event.detail);
    if (kind === null) {
      return;
    }
    var xhr = event.detail.xhr;
    var request = { kind: kind, xhr: xhr, edits: edits, resend: null, swapped: false };
    if (kind === 'swap') {
      // A scrub already on its way answers a form about to be replaced: stop it (it is the scrub's own sync element).
      var preview = document.querySelector('#' + FORM_ID + ' [hx-post$="/preview"]');
      if (preview !== null) {
        htmx.trigger(preview, 'htmx:abort');
      }
    }
    requests.push(request);
    xhr.addEventListener('loadend', function () {
      requests = requests.filter(function (other) { return other !== request; });
      if (request.resend !== null && document.body.contains(request.resend)) {
        // The same button once more, on the form as it now stands (a programmatic click leaves the focus alone).
        request.resend.click();
      } else if (request.kind === 'swap' && !request.swapped && scrubbed !== edits) {
        // Refused or cut off: the form stayed, and the scrub held back while it was on its way is due now.
        rescrub();
      }
      show();
    });
    show();
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var request = requests.find(function (candidate) { return candidate.xhr === event.detail.xhr; });
    if (!request) {
      return;
    }
    if (request.kind === 'swap' && request.edits !== edits) {
      // Typed after the request left: its answer would revert that typing. Ask again with what is there now.
      event.detail.shouldSwap = false;
      request.resend = event.detail.requestConfig.elt;
    } else if (request.kind === 'swap' && event.detail.isError) {
      if (carriesTheForm(event.detail.serverResponse)) {
        // Refused with the form (422, a fix that no longer applies): the form names the problem, and comes with the
        // server's scrub of exactly what was sent.
        event.detail.shouldSwap = true;
        event.detail.isError = false;
        request.swapped = true;
        scrubbed = request.edits;
        problemsToShow = true;
      } else {
        showRefusal(event.detail.xhr.status, event.detail.serverResponse);
      }
    } else if (request.kind === 'scrub' && !event.detail.isError) {
      scrubbed = Math.max(scrubbed, request.edits);
    } else if (request.kind === 'swap' && !event.detail.isError && event.detail.shouldSwap) {
      // The new form comes with the server's scrub of exactly what was sent, which is all that was typed.
      request.swapped = true;
      scrubbed = request.edits;
    }
  });

  document.addEventListener('htmx:afterSwap', function () {
    var problems = document.getElementById(PROBLEMS_ID);
    if (problemsToShow && problems !== null) {
      problems.scrollIntoView({ block: 'nearest' });
    }
    problemsToShow = false;
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
  if (document.readyState !== 'loading') {
    show();
  }
})();
