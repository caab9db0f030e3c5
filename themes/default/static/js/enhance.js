// Progressive enhancement on top of htmx: every form here works without JavaScript; with it, votes,
// answers and follows update their part of the page in place. When the server refuses (an error page),
// the form is sent again the ordinary way so the person sees the full, explained error page.
document.addEventListener('htmx:responseError', function (event) {
  var form = event.detail.elt;
  if (form && form.tagName === 'FORM') {
    form.removeAttribute('hx-post');
    form.submit();
  }
});
// Tell screen readers what changed in place, through the page's polite live region.
document.addEventListener('htmx:afterSettle', function (event) {
  var live = document.getElementById('live-status');
  var form = event.detail.requestConfig && event.detail.requestConfig.elt;
  var selector = form && form.getAttribute('hx-target');
  var region = selector ? document.querySelector(selector) : null;
  var changed = region ? region.querySelector('.votes, #thread-votes, #solved-badge, [aria-pressed]') : null;
  if (live && changed) {
    live.textContent = changed.textContent;
  }
});
// The composer's suggested tags: with JavaScript, choosing one adds it to the tags field.
document.addEventListener('DOMContentLoaded', function () {
  var field = document.getElementById('tags');
  document.querySelectorAll('.tag-suggestion').forEach(function (suggestion) {
    suggestion.setAttribute('role', 'button');
    suggestion.setAttribute('tabindex', '0');
    var add = function (event) {
      if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') {
        return;
      }
      event.preventDefault();
      var tags = field.value.split(/[\s,，、;；]+/).filter(Boolean);
      if (tags.indexOf(suggestion.dataset.tag) < 0) {
        tags.push(suggestion.dataset.tag);
        field.value = tags.join(', ');
      }
      field.focus();
    };
    suggestion.addEventListener('click', add);
    suggestion.addEventListener('keydown', add);
  });
});
