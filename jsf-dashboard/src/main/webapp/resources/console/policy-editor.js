/*
 * Binds CodeMirror (Rego mode, line numbers, bracket matching) to a textarea that the form
 * submits, keeping the textarea in step on every change, and shows compile errors on their
 * lines: a gutter marker with the message as tooltip, a line class and the message below the
 * line. The errors come from the list the page renders under the editor
 * (li.gh-compile-error with data-row, data-col, data-message); clicking one jumps to its line.
 */
window.GatehousePolicyEditor = (function () {
  "use strict";

  function marker(message) {
    var m = document.createElement("span");
    m.className = "gh-cm-error-marker";
    m.title = message;
    m.textContent = "\u25CF";
    return m;
  }

  function widget(row, col, message) {
    var w = document.createElement("div");
    w.className = "gh-cm-error-widget";
    w.textContent = "line " + row + (col > 0 ? ", column " + col : "") + ": " + message;
    return w;
  }

  function showErrors(cm, list) {
    if (!list) {
      return;
    }
    var items = list.querySelectorAll("li.gh-compile-error");
    Array.prototype.forEach.call(items, function (item) {
      var row = parseInt(item.getAttribute("data-row"), 10) || 0;
      var col = parseInt(item.getAttribute("data-col"), 10) || 0;
      var message = item.getAttribute("data-message");
      var line = Math.min(Math.max(row, 1), cm.lineCount()) - 1;
      cm.addLineClass(line, "wrap", "gh-cm-error-line");
      cm.setGutterMarker(line, "gh-cm-errors", marker(message));
      cm.addLineWidget(line, widget(row, col, message), {coverGutter: false, noHScroll: true});
      var link = item.querySelector("a");
      if (link) {
        link.addEventListener("click", function (event) {
          event.preventDefault();
          cm.focus();
          cm.setCursor({line: line, ch: Math.max(col - 1, 0)});
          cm.scrollIntoView(null, 80);
        });
      }
    });
    if (items.length > 0) {
      cm.scrollIntoView({line: Math.max((parseInt(items[0].getAttribute("data-row"), 10) || 1) - 1, 0), ch: 0}, 80);
    }
  }

  /** Replaces the textarea with an editor; returns the CodeMirror instance (or null without textarea). */
  function attach(textareaId, problemsId, options) {
    var textarea = document.getElementById(textareaId);
    if (!textarea || !window.CodeMirror) {
      return null;
    }
    var cm = CodeMirror.fromTextArea(textarea, Object.assign({
      mode: "rego",
      lineNumbers: true,
      matchBrackets: true,
      indentUnit: 4,
      tabSize: 4,
      indentWithTabs: true,
      viewportMargin: Infinity,
      gutters: ["CodeMirror-linenumbers", "gh-cm-errors"]
    }, options || {}));
    cm.on("change", function () {
      cm.save();
    });
    showErrors(cm, document.getElementById(problemsId));
    return cm;
  }

  return {attach: attach};
})();
