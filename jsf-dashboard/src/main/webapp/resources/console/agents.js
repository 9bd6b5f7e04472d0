/* Copies the text of a field to the clipboard; where the Clipboard API is missing (plain HTTP), selects it for Ctrl+C. */
function gatehouseCopy(id, button) {
  var field = document.getElementById(id);
  var done = function (text) {
    var label = button.lastChild;
    var before = label.textContent;
    label.textContent = text.trim();
    setTimeout(function () { label.textContent = before; }, 2000);
  };
  var fallback = function () {
    field.focus();
    field.select();
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    done(copied ? 'Copied' : 'Press Ctrl+C');
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(function () { done('Copied'); }, fallback);
  } else {
    fallback();
  }
}
